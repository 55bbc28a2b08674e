// The journey itself, when no step is selected: settings (audience, consent, re-entry, goal,
// send window, frequency cap), the scoring model and the routing to sales.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyDocument } from '../../../../shared/journey/schema';
import { RoutingForm } from './RoutingForm';
import { ScoringForm } from './ScoringForm';
import { SettingsForm } from './SettingsForm';

const TABS = ['settings', 'scoring', 'routing'] as const;
type Tab = (typeof TABS)[number];

export function JourneyInspector({ document }: { document: JourneyDocument }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('settings');
  return (
    <aside className="inspector inspector--tabbed" aria-label={t('journeyInspector.heading')} data-testid="journey-inspector">
      <div className="segmented inspector__tabs" role="tablist">
        {TABS.map((id) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} className={tab === id ? 'is-on' : ''} onClick={() => setTab(id)} data-testid={`journey-tab-${id}`}>
            {t(`journeyInspector.${id}`)}
          </button>
        ))}
      </div>
      <div className="inspector__scroll">
        {tab === 'settings' && <SettingsForm document={document} />}
        {tab === 'scoring' && <ScoringForm document={document} />}
        {tab === 'routing' && <RoutingForm document={document} />}
      </div>
    </aside>
  );
}
