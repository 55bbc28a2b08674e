// The folded sidebar: a narrow strip that opens it again and still switches between the
// journeys and the templates, so the canvas keeps nearly the whole window.
import { Mail, PanelLeftClose, PanelLeftOpen, Workflow } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { keysOf } from '../commands/commands';
import { useApp } from '../store/StoreContext';

export function SidebarRail() {
  const { t } = useTranslation();
  const view = useApp((s) => s.view);
  const setView = useApp((s) => s.setView);
  const setPreferences = useApp((s) => s.setPreferences);
  return (
    <nav className="panel-rail panel-rail--left" aria-label={t('app.title')} data-testid="sidebar-rail">
      <button type="button" className="icon-button" onClick={() => void setPreferences({ journeyListOpen: true })} aria-label={t('workspace.panels.showList')} title={t('workspace.panels.showList')} data-testid="show-journey-list">
        <PanelLeftOpen size={18} />
      </button>
      <button type="button" className={`icon-button${view === 'journeys' ? ' is-on' : ''}`} onClick={() => setView('journeys')} aria-label={t('app.journeys')} title={t('app.journeys')} aria-pressed={view === 'journeys'}>
        <Workflow size={18} />
      </button>
      <button type="button" className={`icon-button${view === 'templates' ? ' is-on' : ''}`} onClick={() => setView('templates')} aria-label={t('app.templates')} title={t('app.templates')} aria-pressed={view === 'templates'}>
        <Mail size={18} />
      </button>
    </nav>
  );
}

/** The button that folds the sidebar away (beside its tabs). */
export function HideSidebarButton() {
  const { t } = useTranslation();
  const setPreferences = useApp((s) => s.setPreferences);
  return (
    <button type="button" className="icon-button sidebar__fold" onClick={() => void setPreferences({ journeyListOpen: false })} aria-label={t('workspace.panels.hideList')} title={`${t('workspace.panels.hideList')} (${keysOf('toggleJourneyList')})`} data-testid="hide-journey-list">
      <PanelLeftClose size={18} />
    </button>
  );
}
