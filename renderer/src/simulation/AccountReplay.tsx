// Replay by account: pick a company among the sampled timelines and see its contacts side by
// side on one time axis — a row per contact with its stages, emails, reactions, the hand-off and
// sales' answers — and how the account moved (first MQL, to sales, SQL, customer). A row, or a
// point on it, replays that contact from there.
import { ArrowLeft } from 'lucide-react';
import { type CSSProperties, type MouseEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyNode } from '../../../shared/journey/schema';
import { LIFECYCLE_STAGES, type Stage } from '../../../shared/journey/primitives';
import { type AccountLane, accountLanes, findAccounts, type MarkKind, type ReplayAccount } from '../../../shared/simulation/accountReplay';
import type { Timeline } from '../../../shared/simulation/aggregate';
import { clockAt } from '../../../shared/simulation/calendar';
import { formatNumber } from '../i18n/format';
import { CHART } from './chartStyle';
import { describeEvent, formatSimTime } from './replay';

const LIST_LIMIT = 200;
const MARK_KINDS: readonly MarkKind[] = ['email', 'reaction', 'handoff', 'sales', 'won', 'exit'];
const stageColour = (stage: Stage) => CHART.funnel[LIFECYCLE_STAGES.indexOf(stage)]!;
const pct = (at: number) => `${(at * 100).toFixed(3)}%`;

export function AccountPicker({ accounts, onPick }: { accounts: readonly ReplayAccount[]; onPick(account: string): void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    return findAccounts(accounts, query);
  }, [accounts, query]);
  return (
    <>
      <p className="inspector__hint">{t('accounts.replay.sampled', { count: accounts.length })}</p>
      <input type="search" placeholder={t('accounts.replay.search')} value={query} onChange={(e) => setQuery(e.target.value)} aria-label={t('accounts.replay.search')} data-testid="replay-account-search" />
      <ul className="replay-list" data-testid="replay-account-list">
        {shown.slice(0, LIST_LIMIT).map((a) => (
          <li key={a.account}>
            <button type="button" onClick={() => onPick(a.account)} data-testid="replay-account" data-account={a.account} data-contacts={a.contacts.length} data-stage={a.furthestStage}>
              <span className="replay-list__name">
                {a.company ?? a.account}
                <span className="replay-list__meta">
                  {t('accounts.replay.contactCount', { count: a.contacts.length })}
                  {a.handedOver && ` · ${t('accounts.replay.handedOver')}`}
                </span>
              </span>
              <span className="stage-badge" style={{ '--stage': stageColour(a.furthestStage) } as CSSProperties}>
                {t(`stages.${a.furthestStage}`)}
              </span>
            </button>
          </li>
        ))}
        {shown.length === 0 && <li className="inspector__hint">{t('accounts.replay.noneMatch')}</li>}
      </ul>
    </>
  );
}

export function AccountTimeline({
  account,
  nodes,
  handoffNodes,
  onBack,
  onReplay,
}: {
  account: ReplayAccount;
  nodes: ReadonlyMap<string, JourneyNode>;
  handoffNodes: ReadonlySet<string>;
  onBack(): void;
  onReplay(timeline: Timeline, step: number): void;
}) {
  const { t } = useTranslation();
  const view = useMemo(() => accountLanes(account, handoffNodes), [account, handoffNodes]);
  const names = useMemo(() => new Map(account.contacts.map((c) => [c.prospectId, c.name || c.prospectId])), [account]);
  const toSales = view.milestones.find((m) => m.what === 'handoff');
  const shownKinds = MARK_KINDS.filter((kind) => view.lanes.some((lane) => lane.marks.some((m) => m.kind === kind)));
  return (
    <section className="inspector__section account-replay" data-testid="replay-account-view" data-account={account.account}>
      <button type="button" className="link-button account-replay__back" onClick={onBack} data-testid="replay-account-back">
        <ArrowLeft size={12} aria-hidden /> {t('accounts.replay.allAccounts')}
      </button>
      <div className="replay__who">
        <strong>{account.company ?? account.account}</strong>
        {account.company && <span className="inspector__hint">{account.account}</span>}
        <span className="inspector__hint">{t('accounts.replay.contactCount', { count: account.contacts.length })}</span>
      </div>
      {view.milestones.length > 0 && (
        <ol className="account-replay__milestones" aria-label={t('accounts.replay.milestones')} data-testid="replay-account-milestones">
          {view.milestones.map((m) => (
            <li key={m.what} data-what={m.what} data-t={m.t}>
              <span className="account-replay__dot" style={{ background: m.what === 'handoff' ? 'var(--mark-handoff)' : stageColour(m.what) }} aria-hidden />
              {t('accounts.replay.milestone', { what: m.what === 'handoff' ? t('accounts.replay.handoff') : t(`stages.${m.what}`), day: clockAt(m.t).day, name: names.get(m.prospectId) })}
            </li>
          ))}
        </ol>
      )}
      <div className="account-lanes" data-testid="replay-account-lanes" data-start={view.start} data-end={view.end}>
        <div className="account-lanes__axis" aria-hidden>
          {view.ticks.map((tick) => (
            <span key={tick.day} style={{ left: pct(tick.at) }} className={tick.at > 0.85 ? 'is-end' : tick.at < 0.05 ? 'is-start' : ''}>
              {t('accounts.replay.day', { day: formatNumber(tick.day) })}
            </span>
          ))}
        </div>
        {view.lanes.map((lane) => (
          <Lane key={lane.timeline.prospectId} lane={lane} ticks={view.ticks.map((tick) => tick.at)} toSales={toSales?.at ?? null} nodes={nodes} onReplay={onReplay} />
        ))}
      </div>
      <ul className="account-replay__legend" aria-hidden>
        {shownKinds.map((kind) => (
          <li key={kind}>
            <span className={`account-mark account-mark--${kind}`} />
            {t(`accounts.replay.legend.${kind}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Lane({
  lane,
  ticks,
  toSales,
  nodes,
  onReplay,
}: {
  lane: AccountLane;
  ticks: readonly number[];
  toSales: number | null;
  nodes: ReadonlyMap<string, JourneyNode>;
  onReplay(timeline: Timeline, step: number): void;
}) {
  const { t } = useTranslation();
  const tl = lane.timeline;
  const name = tl.name || tl.prospectId;
  // A click on the track replays the contact from the nearest marked event.
  const pick = (event: MouseEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const at = (event.clientX - rect.left) / rect.width;
    let best = lane.marks[0];
    for (const m of lane.marks) if (Math.abs(m.at - at) < Math.abs(best!.at - at)) best = m;
    onReplay(tl, best?.step ?? 0);
  };
  return (
    <div className="account-lane" data-testid="replay-account-lane" data-prospect-id={tl.prospectId} data-role={tl.role ?? ''} data-marks={lane.marks.length}>
      <button type="button" className="account-lane__who" onClick={() => onReplay(tl, 0)} title={t('accounts.replay.open', { name })}>
        <span className="account-lane__name">{name}</span>
        <span className="account-lane__role">{tl.role ? t(`accounts.roles.${tl.role}`) : t('accounts.replay.noRole')}</span>
        <span className={`outcome-badge outcome-badge--${tl.outcome}`}>{t(`outcomes.${tl.outcome}`)}</span>
      </button>
      <div className="account-lane__track" onClick={pick} role="presentation">
        {ticks.map((at) => (
          <span key={at} className="account-lane__tick" style={{ left: pct(at) }} />
        ))}
        {toSales !== null && <span className="account-lane__sales" style={{ left: pct(toSales) }} />}
        {lane.stages.map((s, i) => (
          <span key={i} className="account-lane__stage" data-stage={s.stage} style={{ left: pct(s.from), width: `max(2px, ${pct(s.to - s.from)})`, background: stageColour(s.stage) }} />
        ))}
        {lane.marks.map((m) => {
          const step = tl.steps[m.step]!;
          return (
            <span
              key={m.step}
              className={`account-mark account-mark--${m.kind}`}
              data-kind={m.kind}
              style={{ left: pct(m.at) }}
              title={`${formatSimTime(m.t, t)} · ${describeEvent(step, nodes.get(step.nodeId), t)}`}
            />
          );
        })}
      </div>
    </div>
  );
}
