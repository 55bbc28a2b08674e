// An imported journey the library already has (same id or name): replace it — its current
// state stays as a named revision — import it as a copy, or skip the file. Esc skips.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useEscape } from '../dialogs/useEscape';
import { useApp } from '../store/StoreContext';

export function ImportQuestion() {
  const { t } = useTranslation();
  const question = useApp((s) => s.importQuestion);
  const answer = useApp((s) => s.answerImportQuestion);
  const skip = useCallback(() => answer('skip'), [answer]);
  useEscape(question !== null, skip);
  if (!question) return null;
  return (
    <div className="dialog-backdrop" role="presentation">
      <div className="dialog" role="alertdialog" aria-labelledby="import-question-title" data-testid="import-question">
        <h2 id="import-question-title">{t('library.importExists.title', { name: question.existing.name })}</h2>
        <p>{t('library.importExists.body', { file: question.file })}</p>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => answer('skip')} data-testid="import-skip">
            {t('library.importExists.skip')}
          </button>
          <button type="button" className="button" onClick={() => answer('replace')} data-testid="import-replace">
            {t('library.importExists.replace')}
          </button>
          <button type="button" className="button button--primary" onClick={() => answer('copy')} data-testid="import-copy">
            {t('library.importExists.copy')}
          </button>
        </div>
      </div>
    </div>
  );
}
