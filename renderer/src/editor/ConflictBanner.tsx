// Shown when what is being edited was saved elsewhere meanwhile and could not be merged:
// the user's version stays here, unsaved, until they reload or keep it as a copy.
import { CircleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../store/StoreContext';

export function SaveConflictBanner({ title, body, onReload, onKeepCopy }: { title: string; body: string; onReload(): void; onKeepCopy(): void }) {
  const { t } = useTranslation();
  return (
    <div className="banner banner--error conflict-banner" role="alert" data-testid="conflict-banner">
      <CircleAlert size={16} aria-hidden />
      <div>
        <strong>{title}</strong>
        <p>{body}</p>
      </div>
      <div className="conflict-banner__actions">
        <button type="button" className="button" onClick={onReload} data-testid="conflict-reload">
          {t('editor.conflict.reload')}
        </button>
        <button type="button" className="button button--primary" onClick={onKeepCopy} data-testid="conflict-keep-copy">
          {t('editor.conflict.keepCopy')}
        </button>
      </div>
    </div>
  );
}

export function JourneyConflictBanner() {
  const { t } = useTranslation();
  const conflict = useApp((s) => s.saveConflict);
  const reload = useApp((s) => s.reloadStored);
  const keepCopy = useApp((s) => s.keepMineAsCopy);
  if (!conflict) return null;
  const what = conflict.what === 'settings' ? t('editor.conflict.parts') : t('editor.conflict.steps');
  return (
    <SaveConflictBanner
      title={t('editor.conflict.title')}
      body={t('editor.conflict.body', { version: conflict.storedVersion, what })}
      onReload={() => void reload()}
      onKeepCopy={() => void keepCopy(t('library.copyWord'))}
    />
  );
}

export function TemplateConflictBanner() {
  const { t } = useTranslation();
  const conflict = useApp((s) => s.templateConflict);
  const reload = useApp((s) => s.reloadStoredTemplate);
  const keepCopy = useApp((s) => s.keepTemplateAsCopy);
  if (!conflict) return null;
  return (
    <SaveConflictBanner
      title={t('templates.conflict.title')}
      body={t('templates.conflict.body', { revision: conflict.storedRevision })}
      onReload={() => void reload()}
      onKeepCopy={() => void keepCopy(t('library.copyWord'))}
    />
  );
}
