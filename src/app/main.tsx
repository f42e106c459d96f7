import './harden.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { whenIdle } from '../components/when-idle.ts';
import { looksLikeSignInCallback } from '../lib/oidc/callback-url.ts';
import './styles.css';

// Coming back with the back button must show no secret: a page restored from the back/forward
// cache still holds its form fields, so it starts afresh instead (pagehide already wiped memory).
window.addEventListener('pageshow', (event) => {
  if (event.persisted) window.location.reload();
});

function startConsole(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Nothing can be lost before the first screen is there: the guard's code comes after it.
  whenIdle(() => {
    import('./leave-guard.ts').then(
      ({ installLeaveGuard }) => installLeaveGuard(),
      () => undefined,
    );
  });
}

const root = document.getElementById('root');
if (root) {
  if (looksLikeSignInCallback(window.location.search)) {
    // A sign-in window back from the provider hands the response to its console tab and closes
    // (without asking: it holds nothing, though it starts with a copy of the tab's stored drafts).
    // A full-page sign-in's return (or a failed load of the hand-off) starts the console.
    void import('../features/assume-role-with-web-identity/oidc-sign-in/popup-handoff.ts')
      .then(
        ({ handOffPopupSignIn }) => handOffPopupSignIn(root),
        () => false,
      )
      .then((handedOff) => {
        if (!handedOff) startConsole(root);
      });
  } else {
    startConsole(root);
  }
}
