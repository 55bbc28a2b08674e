// Replay: pick one prospect of the last run (search by name, filter by outcome) and go
// through its timeline step by step or play it — the canvas marks where it is. When the
// sampled prospects belong to accounts, an account can be picked instead: its contacts side by
// side on one time axis (./AccountReplay), each replayable from there.
import { useReactFlow } from '@xyflow/react';
import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight, ListFilter, Pause, Play } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTCOMES, type Timeline } from '../../../shared/simulation/aggregate';
import { replayAccounts, timelinesHaveAccounts } from '../../../shared/simulation/accountReplay';
import { useApp } from '../store/StoreContext';
import { AccountPicker, AccountTimeline } from './AccountReplay';
import { activeReplay, describeEvent, formatSimTime, handoffNodeIds } from './replay';
import { formatNumber } from '../i18n/format';

const SPEEDS = [0.5, 1, 2, 4] as const;
const STEP_MS = 900;
const LIST_LIMIT = 200;
const MIN_READABLE_ZOOM = 0.6;
const REPLAY_ZOOM = 0.9;

type PickerView = 'contacts' | 'accounts';

export function ReplayTab() {
  const replay = useApp(activeReplay);
  // Kept here, not in the picker: back from a contact's replay, the account is still open.
  const [view, setView] = useState<PickerView>('contacts');
  const [account, setAccount] = useState<string | null>(null);
  return replay ? <ReplayPlayer /> : <ProspectPicker view={view} onView={setView} account={account} onAccount={setAccount} />;
}

function ProspectPicker({ view, onView, account, onAccount }: { view: PickerView; onView(view: PickerView): void; account: string | null; onAccount(account: string | null): void }) {
  const { t } = useTranslation();
  const results = useApp((s) => (s.runResults && s.runResults.journeyId === s.document?.id ? s.runResults.results : null));
  const timelines = useMemo(() => results?.timelines ?? [], [results]);
  const withAccounts = useMemo(() => timelinesHaveAccounts(timelines), [timelines]);
  if (!results) return <p className="inspector__hint">{t('replay.noResults')}</p>;
  const byAccount = withAccounts && view === 'accounts';
  return (
    <section className="inspector__section replay-picker">
      {withAccounts && (
        <div className="segmented replay-picker__view" role="group" aria-label={t('accounts.replay.view')}>
          {(['contacts', 'accounts'] as const).map((id) => (
            <button key={id} type="button" className={view === id ? 'is-on' : ''} aria-pressed={view === id} onClick={() => onView(id)} data-testid={`replay-view-${id}`}>
              {t(`accounts.replay.${id}`)}
            </button>
          ))}
        </div>
      )}
      {byAccount ? <AccountsReplay timelines={timelines} account={account} onAccount={onAccount} /> : <ContactPicker timelines={timelines} prospects={results.prospects} />}
    </section>
  );
}

function AccountsReplay({ timelines, account, onAccount }: { timelines: Timeline[]; account: string | null; onAccount(account: string | null): void }) {
  const document = useApp((s) => s.document);
  const startReplay = useApp((s) => s.startReplay);
  const moveReplay = useApp((s) => s.moveReplay);
  const nodes = useMemo(() => new Map((document?.nodes ?? []).map((n) => [n.id, n])), [document]);
  const handoffs = useMemo(() => handoffNodeIds(document?.nodes ?? []), [document]);
  const accounts = useMemo(() => replayAccounts(timelines, handoffs), [timelines, handoffs]);
  const picked = account === null ? undefined : accounts.find((a) => a.account === account);
  if (!picked) return <AccountPicker accounts={accounts} onPick={onAccount} />;
  return (
    <AccountTimeline
      account={picked}
      nodes={nodes}
      handoffNodes={handoffs}
      onBack={() => onAccount(null)}
      onReplay={(timeline, step) => {
        startReplay(timeline);
        moveReplay(step);
      }}
    />
  );
}

function ContactPicker({ timelines, prospects }: { timelines: Timeline[]; prospects: number }) {
  const { t } = useTranslation();
  const startReplay = useApp((s) => s.startReplay);
  const [query, setQuery] = useState('');
  const [outcome, setOutcome] = useState('');
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return timelines.filter((tl) => (!outcome || tl.outcome === outcome) && (!q || tl.name.toLowerCase().includes(q) || tl.prospectId.toLowerCase().includes(q)));
  }, [timelines, query, outcome]);
  const present = OUTCOMES.filter((o) => timelines.some((tl) => tl.outcome === o));
  return (
    <>
      <p className="inspector__hint">{t('replay.sampled', { count: timelines.length, total: formatNumber(prospects) })}</p>
      <input type="search" placeholder={t('replay.search')} value={query} onChange={(e) => setQuery(e.target.value)} aria-label={t('replay.search')} data-testid="replay-search" />
      <label className="inspector__field">
        <span className="replay-picker__filter">
          <ListFilter size={13} aria-hidden /> {t('replay.outcome')}
        </span>
        <select value={outcome} onChange={(e) => setOutcome(e.target.value)} data-testid="replay-outcome">
          <option value="">{t('replay.allOutcomes')}</option>
          {present.map((o) => (
            <option key={o} value={o}>
              {t(`outcomes.${o}`)}
            </option>
          ))}
        </select>
      </label>
      <ul className="replay-list" data-testid="replay-list">
        {shown.slice(0, LIST_LIMIT).map((tl) => (
          <li key={tl.prospectId}>
            <button type="button" onClick={() => startReplay(tl)} data-testid="replay-prospect" data-prospect-id={tl.prospectId} data-outcome={tl.outcome}>
              <span className="replay-list__name">{tl.name || tl.prospectId}</span>
              <span className={`outcome-badge outcome-badge--${tl.outcome}`}>{t(`outcomes.${tl.outcome}`)}</span>
            </button>
          </li>
        ))}
        {shown.length === 0 && <li className="inspector__hint">{t('replay.noneMatch')}</li>}
      </ul>
    </>
  );
}

function ReplayPlayer() {
  const { t } = useTranslation();
  const replay = useApp(activeReplay)!;
  const document = useApp((s) => s.document);
  const moveReplay = useApp((s) => s.moveReplay);
  const stopReplay = useApp((s) => s.stopReplay);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(1);
  const { getInternalNode, setCenter, getZoom, getViewport } = useReactFlow();
  const { timeline, position } = replay;
  const steps = timeline.steps;
  const step = steps[position]!;
  const atEnd = position >= steps.length - 1;
  const nodesById = useMemo(() => new Map((document?.nodes ?? []).map((n) => [n.id, n])), [document]);
  const node = nodesById.get(step.nodeId);

  // Playing: one step per STEP_MS / speed; stops by itself at the end.
  useEffect(() => {
    if (!playing || atEnd) return;
    const timer = setTimeout(() => {
      moveReplay(position + 1);
      if (position + 1 >= steps.length - 1) setPlaying(false);
    }, STEP_MS / speed);
    return () => clearTimeout(timer);
  }, [playing, atEnd, position, speed, moveReplay, steps.length]);

  // Keep the current step in view: pan (never zoom) when it is outside the visible canvas.
  useEffect(() => {
    const internal = getInternalNode(step.nodeId);
    const pane = window.document.querySelector('.react-flow');
    if (!internal || !pane) return;
    const { x, y, zoom } = getViewport();
    const { width = 0, height = 0 } = internal.measured;
    const left = internal.internals.positionAbsolute.x * zoom + x;
    const top = internal.internals.positionAbsolute.y * zoom + y;
    const rect = pane.getBoundingClientRect();
    const inside = left >= 0 && top >= 0 && left + width * zoom <= rect.width && top + height * zoom <= rect.height;
    // Zoomed out too far to read the step? Come closer as well.
    const readable = getZoom() >= MIN_READABLE_ZOOM;
    if (!inside || !readable) {
      void setCenter(internal.internals.positionAbsolute.x + width / 2, internal.internals.positionAbsolute.y + height / 2, { zoom: readable ? getZoom() : REPLAY_ZOOM, duration: 250 });
    }
  }, [step.nodeId, getInternalNode, setCenter, getZoom, getViewport]);

  return (
    <section className="inspector__section replay" data-testid="replay" data-prospect-id={timeline.prospectId}>
      <div className="replay__who">
        <strong>{timeline.name || timeline.prospectId}</strong>
        <span className={`outcome-badge outcome-badge--${timeline.outcome}`}>{t(`outcomes.${timeline.outcome}`)}</span>
      </div>
      <div className="replay__controls" role="group" aria-label={t('replay.controls')}>
        <button type="button" className="icon-button" onClick={() => moveReplay(0)} disabled={position === 0} aria-label={t('replay.first')} data-testid="replay-first">
          <ChevronsLeft size={16} />
        </button>
        <button type="button" className="icon-button" onClick={() => moveReplay(position - 1)} disabled={position === 0} aria-label={t('replay.previous')} data-testid="replay-prev">
          <ChevronLeft size={16} />
        </button>
        <button
          type="button"
          className="button button--primary replay__play"
          onClick={() => {
            if (atEnd) moveReplay(0);
            setPlaying(!playing);
          }}
          data-testid="replay-play"
          data-playing={playing}
        >
          {playing ? <Pause size={14} aria-hidden /> : <Play size={14} aria-hidden />} {playing ? t('replay.pause') : t('replay.play')}
        </button>
        <button type="button" className="icon-button" onClick={() => moveReplay(position + 1)} disabled={atEnd} aria-label={t('replay.next')} data-testid="replay-next">
          <ChevronRight size={16} />
        </button>
        <button type="button" className="icon-button" onClick={() => moveReplay(steps.length - 1)} disabled={atEnd} aria-label={t('replay.last')} data-testid="replay-last">
          <ChevronsRight size={16} />
        </button>
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))} aria-label={t('replay.speed')} data-testid="replay-speed">
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </div>
      <input
        type="range"
        min={0}
        max={steps.length - 1}
        value={position}
        onChange={(e) => moveReplay(Number(e.target.value))}
        aria-label={t('replay.position')}
        data-testid="replay-slider"
      />
      <div className="replay__current" data-testid="replay-current" data-position={position} data-total={steps.length} data-node-id={step.nodeId} data-event={step.event}>
        <span className="inspector__label">
          {t('replay.stepOf', { step: position + 1, total: steps.length })} · {formatSimTime(step.t, t)}
        </span>
        <strong data-testid="replay-node">{node?.label || (node ? t(`nodeTypes.${node.type}.name`) : step.nodeId)}</strong>
        <span data-testid="replay-event">{describeEvent(step, node, t)}</span>
        <span className="replay__figures">
          <span>
            {t('replay.score')} <strong data-testid="replay-score">{Math.round(step.score * 10) / 10}</strong>
          </span>
          <span>
            {t('replay.stage')} <strong data-testid="replay-stage">{t(`stages.${step.stage}`)}</strong>
          </span>
        </span>
      </div>
      <ol className="replay__steps">
        {steps.map((s, i) => (
          <li key={i} className={i === position ? 'is-current' : i < position ? 'is-past' : ''}>
            <button type="button" onClick={() => moveReplay(i)}>
              <span className="replay__steps-time">{formatSimTime(s.t, t)}</span>
              <span>{describeEvent(s, nodesById.get(s.nodeId), t)}</span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="link-button" onClick={stopReplay} data-testid="replay-close">
        {t('replay.pickAnother')}
      </button>
    </section>
  );
}
