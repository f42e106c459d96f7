import './harden.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { handOffPopupSignIn } from '../features/assume-role-with-web-identity/oidc-sign-in/popup-handoff.ts';
import { installLeaveGuard } from './leave-guard.ts';
import './styles.css';

// Coming back with the back button must show no secret: a page restored from the back/forward
// cache still holds its form fields, so it starts afresh instead (pagehide already wiped memory).
window.addEventListener('pageshow', (event) => {
  if (event.persisted) window.location.reload();
});

const root = document.getElementById('root');
// A sign-in window back from the provider hands the response to its console tab and closes
// (without asking: it holds nothing, though it starts with a copy of the tab's stored drafts).
if (root && !handOffPopupSignIn(root)) {
  installLeaveGuard();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
