import '@xyflow/react/dist/style.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { selectBackend } from './backend/selectBackend';
import { initI18n } from './i18n';
import { createAppStore } from './store/appStore';
import { StoreProvider } from './store/StoreContext';

const i18n = initI18n();
const root = createRoot(document.getElementById('root')!);
const choice = selectBackend();

if ('problem' in choice) {
  root.render(<p className="startup-problem">{i18n.t('app.missingToken')}</p>);
} else {
  const store = createAppStore(choice.backend);
  // Write pending edits when the window goes away; the HTTP transport sends them keepalive.
  window.addEventListener('pagehide', () => void store.getState().flushSave());
  root.render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}
