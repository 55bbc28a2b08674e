// Import from a sending platform: choose the kind (or let the file tell), pick the file, then
// read what became of each part (kept / approximated / dropped, with its place in the file), or
// every problem when the file could not be imported (nothing was stored then).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSource } from '../../../shared/import/sources';
import type { PlatformImportOutcome } from '../store/state/journeys';
import { useApp } from '../store/StoreContext';
import { importProblemText } from '../sidebar/importProblemText';

type Choice = 'detect' | ImportSource;
const CHOICES: readonly Choice[] = ['detect', 'klaviyo', 'mautic'];

export function PlatformImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const importFromPlatform = useApp((s) => s.importFromPlatform);
  const [choice, setChoice] = useState<Choice>('detect');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<PlatformImportOutcome | null>(null);

  const choose = async () => {
    setBusy(true);
    const result = await importFromPlatform(choice === 'detect' ? undefined : choice);
    setBusy(false);
    if (result) setOutcome(result);
  };

  return (
    <div className="dialog-backdrop" role="presentation">
      <div className="dialog import-dialog" role="dialog" aria-labelledby="platform-import-title" data-testid="platform-import">
        <h2 id="platform-import-title">{t('platformImport.title')}</h2>
        {outcome?.ok !== true && (
          <>
            {!outcome && <p>{t('platformImport.intro')}</p>}
            <fieldset className="import-dialog__kinds">
              <legend>{t('platformImport.kind')}</legend>
              {CHOICES.map((c) => (
                <label key={c}>
                  <input type="radio" name="platform-kind" value={c} checked={choice === c} onChange={() => setChoice(c)} data-testid={`import-kind-${c}`} /> {t(`platformImport.kinds.${c}`)}
                </label>
              ))}
            </fieldset>
          </>
        )}
        {outcome?.ok === true && (
          <section data-testid="import-report">
            <p data-testid="import-summary">{t('platformImport.summary', { file: outcome.file, name: outcome.result.journey.name, ...outcome.result.report.counts })}</p>
            <p>{t('platformImport.readAs', { kind: outcome.result.report.kind })}</p>
            <ul className="report-list">
              {outcome.result.report.lines.map((line, i) => (
                <li key={i} data-status={line.status}>
                  <span className={`report-status report-status--${line.status === 'kept' ? 'mapped' : line.status}`}>{t(`platformImport.status.${line.status}`)}</span> <code>{line.path}</code> {t(`platformImport.lines.${line.code}`, { ...line.params, defaultValue: line.message })}
                </li>
              ))}
            </ul>
          </section>
        )}
        {outcome?.ok === false && (
          <section data-testid="import-refused">
            <h3>{outcome.file}</h3>
            <p>{t('library.importNothingChanged')}</p>
            <ul>
              {outcome.problems.map((p, i) => (
                <li key={i}>
                  <span>{importProblemText(p, t)}</span> <code className="import-problem__path">{p.path}</code>
                </li>
              ))}
            </ul>
          </section>
        )}
        <div className="dialog__actions import-dialog__actions">
          {outcome?.ok !== true && (
            <button type="button" className="button button--primary" onClick={() => void choose()} disabled={busy} data-testid="import-choose-file">
              {busy ? t('platformImport.reading') : outcome ? t('platformImport.another') : t('platformImport.chooseFile')}
            </button>
          )}
          <button type="button" className="button" onClick={onClose} data-testid="import-close">
            {outcome?.ok ? t('platformImport.done') : t('platformImport.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
