import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorView } from './editor/EditorView';
import { ApplyPreferences, PreferencesMenu } from './preferences/PreferencesMenu';
import { ImportProblems } from './sidebar/ImportProblems';
import { ImportQuestion } from './sidebar/ImportQuestion';
import { JourneySidebar } from './sidebar/JourneySidebar';
import { HideSidebarButton, SidebarRail } from './sidebar/SidebarRail';
import { useApp } from './store/StoreContext';
import { TemplateSidebar } from './templates/TemplateSidebar';

// Loaded when first opened: the template editor brings CodeMirror, which the canvas never needs.
const TemplateEditor = lazy(() => import('./templates/TemplateEditor').then((m) => ({ default: m.TemplateEditor })));

export function App() {
  const { t } = useTranslation();
  const loadJourneys = useApp((s) => s.loadJourneys);
  const notice = useApp((s) => s.notice);
  const clearNotice = useApp((s) => s.clearNotice);
  const view = useApp((s) => s.view);
  const setView = useApp((s) => s.setView);

  const loadPreferences = useApp((s) => s.loadPreferences);
  const listOpen = useApp((s) => s.preferences.journeyListOpen);
  useEffect(() => {
    void loadPreferences();
    void loadJourneys();
  }, [loadJourneys, loadPreferences]);

  return (
    <div className={`app${listOpen ? '' : ' app--list-closed'}`} data-testid="app-ready">
      {!listOpen && <SidebarRail />}
      <aside className="sidebar" hidden={!listOpen}>
        <div className="sidebar__tabs" role="tablist">
          <button type="button" role="tab" aria-selected={view === 'journeys'} className={view === 'journeys' ? 'is-on' : ''} onClick={() => setView('journeys')} data-testid="tab-journeys">
            {t('app.journeys')}
          </button>
          <button type="button" role="tab" aria-selected={view === 'templates'} className={view === 'templates' ? 'is-on' : ''} onClick={() => setView('templates')} data-testid="tab-templates">
            {t('app.templates')}
          </button>
          <HideSidebarButton />
        </div>
        {view === 'journeys' ? <JourneySidebar /> : <TemplateSidebar />}
        <PreferencesMenu />
      </aside>
      <ApplyPreferences />
      {view === 'journeys' ? (
        <EditorView />
      ) : (
        <Suspense fallback={<main className="editor-loading" aria-busy="true" />}>
          <TemplateEditor />
        </Suspense>
      )}
      <ImportProblems />
      <ImportQuestion />
      {notice && (
        <div className="banner banner--error" role="alert" data-testid="error-banner" data-source={notice.source}>
          <span>{notice.key ? t(notice.key) : notice.message}</span>
          <button type="button" className="button" onClick={() => clearNotice()}>
            {t('app.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
