import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorView } from './editor/EditorView';
import { JourneySidebar } from './sidebar/JourneySidebar';
import { useApp } from './store/StoreContext';

export function App() {
  const { t } = useTranslation();
  const loadJourneys = useApp((s) => s.loadJourneys);
  const libraryError = useApp((s) => s.libraryError);
  const dismiss = useApp((s) => s.dismissLibraryError);

  useEffect(() => {
    void loadJourneys();
  }, [loadJourneys]);

  return (
    <div className="app" data-testid="app-ready">
      <JourneySidebar />
      <EditorView />
      {libraryError && (
        <div className="banner banner--error" role="alert" data-testid="error-banner">
          <span>{libraryError}</span>
          <button type="button" className="button" onClick={dismiss}>
            {t('app.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
