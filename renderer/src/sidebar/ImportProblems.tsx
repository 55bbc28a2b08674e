// A refused import: every problem of every file, in words (where and what), with its JSON
// path for those who open the file. Nothing was stored. Esc closes it.
import { useTranslation } from 'react-i18next';
import { useEscape } from '../dialogs/useEscape';
import { useApp } from '../store/StoreContext';
import { importProblemText } from './importProblemText';

export function ImportProblems() {
  const { t } = useTranslation();
  const refused = useApp((s) => s.importProblems);
  const dismiss = useApp((s) => s.dismissImportProblems);
  const open = refused.length > 0;
  useEscape(open, dismiss);
  if (!open) return null;
  return (
    <div className="dialog-backdrop" role="presentation">
      <div className="dialog" role="alertdialog" aria-labelledby="import-problems-title" data-testid="import-problems">
        <h2 id="import-problems-title">{t('library.importRefused')}</h2>
        <p>{t('library.importNothingChanged')}</p>
        {refused.map((file) => (
          <section key={file.file}>
            <h3>{file.file}</h3>
            <ul>
              {file.problems.map((p, i) => (
                <li key={i} data-testid="import-problem">
                  <span>{importProblemText(p, t)}</span> <code className="import-problem__path">{p.path}</code>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <div className="dialog__actions">
          <button type="button" className="button button--primary" onClick={dismiss} data-testid="import-problems-close">
            {t('app.dismiss')}
          </button>
        </div>
      </div>
    </div>
  );
}
