import { afterEach, expect, it, vi } from 'vitest';
import { DRAFTS_STORAGE_KEY } from '../components/form/draft-session-storage.ts';
import { readDraft, saveDraft } from '../components/form/drafts.ts';
import {
  getSignInStatus,
  setSignInStatus,
} from '../features/assume-role-with-web-identity/oidc-sign-in/sign-in-status.ts';
import {
  currentVerifiedToken,
  rememberVerifiedToken,
} from '../features/assume-role-with-web-identity/oidc-sign-in/verified-token.ts';
import { UNDO_CLEAR_MS, undoClear } from '../state/clear-with-undo.ts';
import { sandboxBinding } from '../lib/wallet/wallet-fixtures.ts';
import { wallet } from '../state/wallet.ts';
import { clearEverything } from './clear-everything.ts';

const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjYXJlZnVsIn0.c2lnbmF0dXJl';
const draft = { WebIdentityToken: token, RoleArn: 'arn:aws:iam::111122223333:role/R' };

function fill(): void {
  wallet.add({
    label: 'keys',
    credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret' },
    source: { operation: 'Keys', params: {} },
    binding: sandboxBinding,
  });
  saveDraft('AssumeRoleWithWebIdentity', draft);
  rememberVerifiedToken(token, 'https://issuer.example');
  setSignInStatus({
    phase: 'signed-in',
    provider: 'Sandbox',
    subject: 'careful',
    handoff: { idToken: token, issuer: 'https://issuer.example' },
  });
}

const stored = () => sessionStorage.getItem(DRAFTS_STORAGE_KEY);
/** Drafts reach storage in the task after a change. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  window.dispatchEvent(new Event('pagehide'));
  sessionStorage.clear();
  vi.useRealTimers();
});

it('wipes the wallet, the drafts, the verified token and a pending sign-in handoff at once', () => {
  fill();
  clearEverything();
  expect(wallet.getSnapshot()).toEqual([]);
  expect(readDraft('AssumeRoleWithWebIdentity')).toBeUndefined();
  expect(stored()).toBeNull();
  expect(currentVerifiedToken()).toBeUndefined();
  expect(getSignInStatus()).toEqual({ phase: 'idle' });
});

it('Undo brings back the sets, the drafts (stored ones too) and the token’s verification', async () => {
  fill();
  await nextTask();
  const before = stored();
  expect(before).toContain(draft.RoleArn);
  clearEverything();
  undoClear();
  await nextTask();
  expect(wallet.getSnapshot().map((e) => e.label)).toEqual(['keys']);
  expect(readDraft('AssumeRoleWithWebIdentity')).toEqual(draft);
  expect(stored()).toBe(before);
  expect(stored()).toContain(draft.RoleArn);
  expect(stored()).not.toContain(token);
  expect(currentVerifiedToken()).toEqual({ token, issuer: 'https://issuer.example' });
});

it('after the hold time nothing comes back', () => {
  vi.useFakeTimers();
  fill();
  clearEverything();
  vi.advanceTimersByTime(UNDO_CLEAR_MS);
  undoClear();
  expect(wallet.getSnapshot()).toEqual([]);
  expect(readDraft('AssumeRoleWithWebIdentity')).toBeUndefined();
  expect(stored()).toBeNull();
  expect(currentVerifiedToken()).toBeUndefined();
});
