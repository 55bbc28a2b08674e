// Saving a template with errors (no unsubscribe link, MJML that does not compile …) asks
// first, naming what is wrong; journeys that use the template show the problem too.
import { Save } from 'lucide-react';
import { forwardRef, useImperativeHandle, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../store/StoreContext';
import { templateProblemText } from './templateProblemText';

export interface SaveTemplateHandle {
  /** Saves, or asks first when the draft has errors (Ctrl+S in the editor calls this). */
  requestSave(): void;
}

export const SaveTemplateButton = forwardRef<SaveTemplateHandle, { disabled: boolean }>(function SaveTemplateButton({ disabled }, ref) {
  const { t } = useTranslation();
  const save = useApp((s) => s.saveTemplate);
  const problems = useApp((s) => s.templateProblems);
  const [asking, setAsking] = useState(false);
  const errors = problems.filter((p) => p.severity === 'error');
  const requestSave = () => (errors.length > 0 ? setAsking(true) : void save());
  useImperativeHandle(ref, () => ({ requestSave }));
  return (
    <div className="save-template">
      <button type="button" className="button button--primary" onClick={requestSave} disabled={disabled} data-testid="template-save">
        <Save size={14} aria-hidden /> {t('templates.save')}
      </button>
      {asking && (
        <div className="save-template__confirm" role="alertdialog" aria-label={t('templates.saveWithErrors.title', { count: errors.length })} data-testid="template-save-confirm">
          <strong>{t('templates.saveWithErrors.title', { count: errors.length })}</strong>
          <ul>
            {errors.slice(0, 3).map((p, i) => (
              <li key={i}>{templateProblemText(p, t)}</li>
            ))}
          </ul>
          <p>{t('templates.saveWithErrors.body')}</p>
          <div className="save-template__actions">
            <button type="button" className="button" onClick={() => setAsking(false)} data-testid="template-save-cancel">
              {t('templates.saveWithErrors.keepEditing')}
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                setAsking(false);
                void save();
              }}
              data-testid="template-save-anyway"
            >
              {t('templates.saveWithErrors.saveAnyway')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
});
