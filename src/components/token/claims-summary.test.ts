import { describe, expect, it } from 'vitest';
import { claimsSummary } from './claims-summary.ts';

describe('claimsSummary', () => {
  it.each([
    [
      { iss: 'https://idp.example.com', aud: 'app', sub: 'u1', email: 'a@example.com' },
      'a@example.com · aud app · iss https://idp.example.com',
    ],
    [{ sub: 'u1', aud: ['a', 'b'] }, 'u1 · aud a, b'],
    [{ iss: 'https://x' }, 'iss https://x'],
    [{ exp: 1 }, 'No subject, audience or issuer'],
    [{ sub: 42, email: '' }, 'No subject, audience or issuer'],
  ])('%j → %s', (claims, expected) => {
    expect(claimsSummary(claims)).toBe(expected);
  });

  it('ignores inherited names', () => {
    const claims = Object.create({ sub: 'inherited' }) as Record<string, unknown>;
    expect(claimsSummary(claims)).toBe('No subject, audience or issuer');
  });
});
