// The journey itself, when no step is selected: settings (audience, consent, re-entry, goal,
// send window, frequency cap), the scoring model, the routing to sales, what sales does with
// handed-over leads, what the journey costs, and whether contacts are simulated in accounts.
import { useTranslation } from 'react-i18next';
import type { JourneyDocument } from '../../../../shared/journey/schema';
import type { JourneyTab } from '../../store/state/editor';
import { useApp } from '../../store/StoreContext';
import { AccountsForm } from './AccountsForm';
import { CostsForm } from './CostsForm';
import { RoutingForm } from './RoutingForm';
import { SalesForm } from './SalesForm';
import { ScoringForm } from './ScoringForm';
import { SettingsForm } from './SettingsForm';

const TABS: readonly JourneyTab[] = ['settings', 'scoring', 'routing', 'sales', 'costs', 'accounts'];
/** The labels of the tabs added with the sales side and with accounts live with the rest of their text. */
const tabLabel = (id: JourneyTab) => (id === 'sales' || id === 'costs' ? `salesSettings.tabs.${id}` : id === 'accounts' ? 'accountSettings.tab' : `journeyInspector.${id}`);

export function JourneyInspector({ document }: { document: JourneyDocument }) {
  const { t } = useTranslation();
  // In the store, so a problem whose reason is a setting can open its tab.
  const tab = useApp((s) => s.journeyTab);
  const setTab = useApp((s) => s.showJourneyTab);
  return (
    <aside className="inspector inspector--tabbed" aria-label={t('journeyInspector.heading')} data-testid="journey-inspector">
      <div className="segmented inspector__tabs inspector__tabs--journey" role="tablist">
        {TABS.map((id) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} className={tab === id ? 'is-on' : ''} onClick={() => setTab(id)} data-testid={`journey-tab-${id}`}>
            {t(tabLabel(id))}
          </button>
        ))}
      </div>
      <div className="inspector__scroll">
        {tab === 'settings' && <SettingsForm document={document} />}
        {tab === 'scoring' && <ScoringForm document={document} />}
        {tab === 'routing' && <RoutingForm document={document} />}
        {tab === 'sales' && <SalesForm document={document} />}
        {tab === 'costs' && <CostsForm document={document} />}
        {tab === 'accounts' && <AccountsForm document={document} />}
      </div>
    </aside>
  );
}
