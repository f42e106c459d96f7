import './harden.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { installLeaveGuard } from './leave-guard.ts';
import './styles.css';

// Coming back with the back button must show no secret: a page restored from the back/forward
// cache still holds its form fields, so it starts afresh instead (pagehide already wiped memory).
window.addEventListener('pageshow', (event) => {
  if (event.persisted) window.location.reload();
});

installLeaveGuard();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
