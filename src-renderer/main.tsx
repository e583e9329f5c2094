// Renderer entry: read settings, set up the language, render the shell.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { SettingsProvider } from './app/settings-context';
import { initI18n, systemLanguage } from './i18n';
import { call } from './ipc-client';
import './styles/tokens.css';
import './styles/base.css';

async function start(): Promise<void> {
  const [settings, status] = await Promise.all([call('settings:get', null), call('app:status', null)]);
  await initI18n(settings.language ?? systemLanguage());
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <SettingsProvider initial={settings}>
        <App initialStatus={status} />
      </SettingsProvider>
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  const root = document.getElementById('root') as HTMLElement;
  root.textContent = `Parley could not start: ${error instanceof Error ? error.message : String(error)}`;
});
