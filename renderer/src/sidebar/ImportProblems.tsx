// A refused import: every problem of every file, with its JSON path. Nothing was stored.
import { useTranslation } from 'react-i18next';
import { useApp } from '../store/StoreContext';

export function ImportProblems() {
  const { t } = useTranslation();
  const refused = useApp((s) => s.importProblems);
  const dismiss = useApp((s) => s.dismissImportProblems);
  if (refused.length === 0) return null;
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
                <li key={i}>
                  <code>{p.path}</code> {p.message}
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
