// Global styles first: component styles imported below build on them and must come later in the cascade.
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './app/shell.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { installHashListener, installShellCommandListener } from './app/navigation';
import { applyStartupTheme } from './app/preferences';
import { installBeforeUnloadGuard } from './app/unsaved-changes';
import { initI18n } from './i18n';

applyStartupTheme();
initI18n();
installHashListener();
installShellCommandListener();
installBeforeUnloadGuard();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
