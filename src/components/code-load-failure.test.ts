import { describe, expect, it } from 'vitest';
import { codeLoadFailure } from './code-load-failure.ts';

describe('codeLoadFailure', () => {
  it('names the code that failed to load and what to do next', () => {
    expect(codeLoadFailure('sign-in code', 'Sign in again.')).toBe(
      'The console could not load its sign-in code (the connection to this site dropped?). Sign in again.',
    );
  });
});
