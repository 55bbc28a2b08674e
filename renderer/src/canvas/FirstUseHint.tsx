// A short hint on a journey that has only its entry: how the first steps are added.
import { Lightbulb, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function FirstUseHint() {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <aside className="first-use" data-testid="first-use-hint" aria-label={t('workspace.firstUse.title')}>
      <Lightbulb size={18} aria-hidden className="first-use__icon" />
      <div>
        <strong>{t('workspace.firstUse.title')}</strong>
        <ol>
          <li>{t('workspace.firstUse.plus')}</li>
          <li>{t('workspace.firstUse.palette')}</li>
          <li>{t('workspace.firstUse.settings')}</li>
        </ol>
        <p>{t('workspace.firstUse.keys')}</p>
      </div>
      <button type="button" className="icon-button" aria-label={t('app.dismiss')} onClick={() => setDismissed(true)} data-testid="first-use-dismiss">
        <X size={14} />
      </button>
    </aside>
  );
}
