import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { suggestRoleSessionName } from './role-session-name.ts';

const pattern = /^[\w+=,.@-]*$/;

describe('suggestRoleSessionName', () => {
  test.each([
    ['alice@example.com', 'alice@example.com'],
    ['248289761001', '248289761001'],
    ['José Müller', 'Jose-Muller'],
    ['repo:octo-org/octo-repo:ref:refs/heads/main', 'repo-octo-org-octo-repo-ref-refs-heads-main'],
    ['  spaced  out  ', 'spaced-out'],
    ['a', 'a_'],
    ['日本 x', 'x_'],
    ['auth0|5f7c8ec7c33c6c004bbafe82', 'auth0-5f7c8ec7c33c6c004bbafe82'],
    ['ﬁle', 'file'],
    ['x'.repeat(70), 'x'.repeat(64)],
    [`${'a'.repeat(63)} b`, 'a'.repeat(63)],
  ])('%j → %j', (input, expected) => {
    expect(suggestRoleSessionName(input)).toBe(expected);
  });

  test.each(['', '   ', '日本語', '😀😀', '@@', '---', '+=,.'])(
    '%j has nothing usable',
    (input) => {
      expect(suggestRoleSessionName(input)).toBeUndefined();
    },
  );

  test('the output is always a valid role session name, or undefined', () => {
    // Any code point, surrogate halves included (fast-check's 'binary' unit is slow to warm up).
    const anyCodePoint = fc
      .integer({ min: 0, max: 0x10ffff })
      .map((code) => String.fromCodePoint(code));
    const anyText = fc.string({ unit: anyCodePoint, maxLength: 100 });
    fc.assert(
      fc.property(
        fc.oneof(anyText, fc.string({ unit: 'grapheme' }), fc.emailAddress(), fc.uuid()),
        (input) => {
          const name = suggestRoleSessionName(input);
          if (name === undefined) return;
          expect(name).toMatch(pattern);
          expect(Array.from(name).length).toBeGreaterThanOrEqual(2);
          expect(Array.from(name).length).toBeLessThanOrEqual(64);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('an already valid, tidy name comes back unchanged', () => {
    // Segments of allowed characters joined by single dashes: no dash at either end, no "--".
    const segment = fc.stringMatching(/^[A-Za-z0-9_+=,.@]{1,8}$/);
    const tidy = fc.array(segment, { minLength: 1, maxLength: 7 }).map((parts) => parts.join('-'));
    fc.assert(
      fc.property(tidy, (name) => {
        fc.pre(name.length >= 2 && /[A-Za-z0-9]/.test(name));
        expect(suggestRoleSessionName(name)).toBe(name);
      }),
    );
  });
});
