// Entry point: mounts the app with its language provider and, in production builds, registers the service worker.
// Must not hold app logic or styles beyond importing app.css.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import { I18nProvider } from './app/i18n/I18nProvider';
import { registerServiceWorker } from './app/service-worker';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <App />
    </I18nProvider>
  </StrictMode>,
);

// In development Vite serves modules directly; a worker there would cache stale code.
if (import.meta.env.PROD) registerServiceWorker();
