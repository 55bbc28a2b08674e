// The journeys library: open, create, rename inline, duplicate, delete with confirmation;
// search, sort, and for each journey when it was last edited, its steps and whether it is
// ready (no errors) or still a draft.
import { ArrowDownUp, Copy, Pencil, Plus, Trash2, Upload } from 'lucide-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneySummary } from '../../../shared/api/contract';
import { formatDateTime, formatTimeAgo } from '../i18n/format';
import { freeName, NAME_MAX } from '../../../shared/journey/names';
import { useApp } from '../store/StoreContext';
import { PlatformImportDialog } from '../import/PlatformImportDialog';
import { JOURNEY_SORTS, type JourneySort, statusOf, visibleJourneys } from './journeyListView';

export function JourneySidebar() {
  const { t, i18n } = useTranslation();
  const journeys = useApp((s) => s.journeys);
  const listLoaded = useApp((s) => s.listLoaded);
  const createJourney = useApp((s) => s.createJourney);
  const importJourneys = useApp((s) => s.importJourneys);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [importingFromPlatform, setImportingFromPlatform] = useState(false);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<JourneySort>('edited');
  const now = useMinuteClock();
  const shown = visibleJourneys(journeys, query, sort, i18n.language);

  const onCreate = async () => {
    const existing = new Set(journeys.map((j) => j.name));
    const name = freeName(t('library.untitled'), existing);
    const created = await createJourney(name);
    if (created) setRenamingId(created.id);
  };

  return (
    <nav className="sidebar__list" aria-label={t('library.heading')}>
      <div className="sidebar__head">
        <button type="button" className="button button--primary" data-testid="new-journey" onClick={() => void onCreate()}>
          <Plus size={16} aria-hidden /> {t('library.newJourney')}
        </button>
        <button type="button" className="button" data-testid="import-journey" onClick={() => void importJourneys()}>
          <Upload size={16} aria-hidden /> {t('library.import')}
        </button>
        <button type="button" className="button" data-testid="import-platform" onClick={() => setImportingFromPlatform(true)}>
          {t('platformImport.button')}
        </button>
      </div>
      {journeys.length > 0 && (
        <div className="journey-filter">
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('workspace.list.search')} aria-label={t('workspace.list.search')} data-testid="journey-search" />
          <label className="journey-sort" title={t('workspace.list.sort')}>
            <ArrowDownUp size={12} aria-hidden />
            <select value={sort} onChange={(e) => setSort(e.target.value as JourneySort)} aria-label={t('workspace.list.sort')} data-testid="journey-sort">
              {JOURNEY_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`workspace.list.sortBy.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {listLoaded && journeys.length === 0 && <p className="sidebar__empty">{t('library.empty')}</p>}
      {journeys.length > 0 && shown.length === 0 && <p className="sidebar__empty">{t('workspace.list.noMatch', { query })}</p>}
      <ul className="journey-list" data-testid="journey-list">
        {shown.map((journey) => (
          <JourneyItem
            key={journey.id}
            now={now}
            journey={journey}
            renaming={renamingId === journey.id}
            onRenameStart={() => setRenamingId(journey.id)}
            onRenameEnd={() => setRenamingId(null)}
          />
        ))}
      </ul>
      {importingFromPlatform && <PlatformImportDialog onClose={() => setImportingFromPlatform(false)} />}
    </nav>
  );
}

/** The time now, renewed every minute, so "edited 5 min ago" stays true. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

interface ItemProps {
  journey: JourneySummary;
  now: number;
  renaming: boolean;
  onRenameStart(): void;
  onRenameEnd(): void;
}

function JourneyItem({ journey, now, renaming, onRenameStart, onRenameEnd }: ItemProps) {
  const { t } = useTranslation();
  const isOpen = useApp((s) => s.document?.id === journey.id);
  const openJourney = useApp((s) => s.openJourney);
  const renameJourney = useApp((s) => s.renameJourney);
  const duplicateJourney = useApp((s) => s.duplicateJourney);
  const deleteJourney = useApp((s) => s.deleteJourney);
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  const onRename = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '').trim();
    onRenameEnd();
    if (name && name !== journey.name) void renameJourney(journey.id, name);
  };

  return (
    <li
      className={`journey-item${isOpen ? ' journey-item--open' : ''}`}
      data-testid="journey-item"
      data-journey-id={journey.id}
      data-journey-name={journey.name}
    >
      {renaming ? (
        <form onSubmit={onRename} className="journey-item__rename">
          <input
            name="name"
            aria-label={t('library.nameLabel')}
            defaultValue={journey.name}
            maxLength={NAME_MAX}
            autoFocus
            onFocus={(e) => e.currentTarget.select()}
            onBlur={(e) => e.currentTarget.form?.requestSubmit()}
            onKeyDown={(e) => e.key === 'Escape' && onRenameEnd()}
            data-testid="rename-input"
          />
        </form>
      ) : (
        <button type="button" className="journey-item__open" onClick={() => void openJourney(journey.id)} onDoubleClick={onRenameStart} title={journey.name}>
          <span className="journey-item__name">{journey.name}</span>
          <span className="journey-item__meta">
            <JourneyStatus journey={journey} />
            <span data-testid="journey-steps">{t('library.nodes', { count: journey.nodeCount })}</span>
            <time dateTime={journey.updatedAt} title={t('workspace.list.edited', { when: formatDateTime(journey.updatedAt) })} data-testid="journey-edited">
              {formatTimeAgo(journey.updatedAt, now)}
            </time>
          </span>
        </button>
      )}
      {confirmingDelete ? (
        <div className="journey-item__confirm" role="alertdialog">
          <span>{t('library.confirmDelete', { name: journey.name })}</span>
          <button type="button" className="button button--danger" data-testid="confirm-delete" onClick={() => void deleteJourney(journey.id)}>
            {t('library.delete')}
          </button>
          <button type="button" className="button" onClick={() => setConfirmingDelete(false)}>
            {t('library.cancel')}
          </button>
        </div>
      ) : (
        <div className="journey-item__actions">
          <IconButton label={t('library.rename')} testId="rename-journey" onClick={onRenameStart} icon={<Pencil size={14} />} />
          <IconButton label={t('library.duplicate')} testId="duplicate-journey" onClick={() => void duplicateJourney(journey.id)} icon={<Copy size={14} />} />
          <IconButton label={t('library.delete')} testId="delete-journey" onClick={() => setConfirmingDelete(true)} icon={<Trash2 size={14} />} />
        </div>
      )}
    </li>
  );
}

function JourneyStatus({ journey }: { journey: JourneySummary }) {
  const { t } = useTranslation();
  const status = statusOf(journey);
  const hint = status === 'ready' ? t('workspace.list.readyHint') : t('workspace.list.draftHint', { count: journey.errorCount });
  return (
    <span className={`journey-status journey-status--${status}`} data-testid="journey-status" data-status={status} title={hint} aria-label={`${t(`workspace.list.${status}`)}: ${hint}`}>
      {t(`workspace.list.${status}`)}
    </span>
  );
}

function IconButton({ label, testId, onClick, icon }: { label: string; testId: string; onClick(): void; icon: React.ReactNode }) {
  return (
    <button type="button" className="icon-button" aria-label={label} title={label} data-testid={testId} onClick={onClick}>
      {icon}
    </button>
  );
}
