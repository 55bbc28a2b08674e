// Named revisions of the open journey: save one, open one read-only, restore one.
import { History } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../store/StoreContext';
import { NAME_MAX } from '../../../shared/journey/names';

export function RevisionsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const loadJourneyRevisions = useApp((s) => s.loadJourneyRevisions);
  return (
    <div className="popover-anchor">
      <button
        type="button"
        className="button"
        onClick={() => {
          if (!open) void loadJourneyRevisions();
          setOpen(!open);
        }}
        data-testid="revisions-button"
      >
        <History size={14} aria-hidden /> {t('revisions.button')}
      </button>
      {open && <RevisionsPanel onClose={() => setOpen(false)} />}
    </div>
  );
}

function RevisionsPanel({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const revisions = useApp((s) => s.journeyRevisions);
  const current = useApp((s) => s.document?.nodes.length ?? 0);
  const saveJourneyRevision = useApp((s) => s.saveJourneyRevision);
  const viewJourneyRevision = useApp((s) => s.viewJourneyRevision);
  const restoreJourneyRevision = useApp((s) => s.restoreJourneyRevision);
  const [name, setName] = useState('');
  const onSave = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) void saveJourneyRevision(name.trim()).then(() => setName(''));
  };
  return (
    <div className="popover" role="dialog" aria-label={t('revisions.button')} data-testid="revisions-panel">
      <form onSubmit={onSave} className="popover__form">
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('revisions.namePlaceholder')} maxLength={NAME_MAX} data-testid="revision-name" />
        <button type="submit" className="button button--primary" disabled={!name.trim()} data-testid="save-revision">
          {t('revisions.save')}
        </button>
      </form>
      {revisions.length === 0 ? (
        <p className="popover__empty">{t('revisions.none')}</p>
      ) : (
        <ul className="popover__list">
          {revisions.map((r) => (
            <li key={r.revision} data-testid="journey-revision" data-revision={r.revision}>
              <div>
                <strong>{r.name}</strong>
                <span className="inspector__hint">
                  #{r.revision} · {new Date(r.savedAt).toLocaleString(i18n.language)} · {t('revisions.steps', { count: r.nodeCount, current })}
                </span>
              </div>
              <div className="popover__actions">
                <button type="button" className="link-button" onClick={() => void viewJourneyRevision(r.revision).then(onClose)} data-testid={`open-revision-${r.revision}`}>
                  {t('revisions.open')}
                </button>
                <button type="button" className="link-button" onClick={() => void restoreJourneyRevision(r.revision).then(onClose)} data-testid={`restore-revision-${r.revision}`}>
                  {t('revisions.restore')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Shown above the canvas while an old revision is open. */
export function RevisionBanner() {
  const { t } = useTranslation();
  const viewing = useApp((s) => s.viewingRevision);
  const current = useApp((s) => s.document?.nodes.length ?? 0);
  const close = useApp((s) => s.closeJourneyRevision);
  const restore = useApp((s) => s.restoreJourneyRevision);
  if (!viewing) return null;
  return (
    <div className="revision-banner" role="status" data-testid="revision-banner">
      <span>{t('revisions.viewing', { revision: viewing.revision, name: viewing.name, count: viewing.document.nodes.length, current })}</span>
      <button type="button" className="button button--primary" onClick={() => void restore(viewing.revision)}>
        {t('revisions.restoreThis')}
      </button>
      <button type="button" className="button" onClick={close} data-testid="close-revision">
        {t('revisions.backToCurrent')}
      </button>
    </div>
  );
}
