import { describe, expect, it } from 'vitest';
import { needsInteractiveSignIn, type SignInError } from './sign-in-errors.ts';

describe('needsInteractiveSignIn', () => {
  it.each([
    'login_required',
    'interaction_required',
    'consent_required',
    'account_selection_required',
  ])('is true for %s: the provider must show its page', (error) => {
    expect(needsInteractiveSignIn({ kind: 'provider-error', error })).toBe(true);
  });

  it.each<SignInError>([
    { kind: 'provider-error', error: 'access_denied' },
    { kind: 'provider-error', error: 'server_error' },
    { kind: 'state-mismatch' },
    { kind: 'token-error', error: 'login_required' },
  ])('is false for any other failure (%o)', (error) => {
    expect(needsInteractiveSignIn(error)).toBe(false);
  });
});
