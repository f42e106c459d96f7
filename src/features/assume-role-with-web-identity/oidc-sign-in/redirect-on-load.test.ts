import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PENDING_SIGN_IN_KEY } from '../../../lib/oidc/pending-sign-in.ts';

const PENDING = JSON.stringify({ provider: 'Sandbox' });

/** The page's load (no callback), then its first screen, then idle time. */
async function loadPage() {
  vi.resetModules();
  const idle = await import('../../../components/when-idle.ts');
  const page = await import('./redirect-on-load.ts');
  await page.handleSignInRedirect();
  return { ...page, showFirstScreen: idle.markFirstScreenShown };
}

async function idleTimePasses(): Promise<void> {
  await new Promise<void>((resolve) => {
    window.requestAnimationFrame(() => setTimeout(resolve, 50));
  });
}

describe('the sweep of abandoned sign-ins on load', () => {
  beforeEach(() => {
    sessionStorage.clear();
  });
  afterEach(() => {
    sessionStorage.clear();
  });

  it('forgets a sign-in left behind by an earlier page', async () => {
    sessionStorage.setItem(PENDING_SIGN_IN_KEY, PENDING);
    const page = await loadPage();
    page.showFirstScreen();
    await idleTimePasses();
    expect(sessionStorage.getItem(PENDING_SIGN_IN_KEY)).toBeNull();
  });

  it('keeps a sign-in this page started before the sweep ran (a quick click)', async () => {
    const page = await loadPage();
    page.keepPendingSignIn();
    sessionStorage.setItem(PENDING_SIGN_IN_KEY, PENDING);
    page.showFirstScreen();
    await idleTimePasses();
    expect(sessionStorage.getItem(PENDING_SIGN_IN_KEY)).toBe(PENDING);
  });
});
