import fc from 'fast-check';
import { expect } from 'vitest';

/** Runs each issue-7 fuzz target this many times. */
export const FUZZ_RUNS = 10_000;

function prototypeSnapshot(): string {
  return Object.getOwnPropertyNames(Object.prototype).sort().join(',');
}

/** Asserts that fn never throws, returns a Result-like object and leaves Object.prototype untouched. */
export function fuzz(arbitrary: fc.Arbitrary<string>, fn: (input: string) => unknown): void {
  const before = prototypeSnapshot();
  const count = before.split(',').length;
  fc.assert(
    fc.property(arbitrary, (input) => {
      const result = fn(input);
      if (typeof result !== 'object' || result === null) throw new Error('no Result returned');
      const ok = (result as { ok?: unknown }).ok;
      if (ok !== undefined && typeof ok !== 'boolean') throw new Error('ok is not a boolean');
      // Cheap checks on every run; the full snapshot is compared once at the end.
      if (({} as Record<string, unknown>).polluted !== undefined)
        throw new Error('Object.prototype polluted');
      if (Object.getOwnPropertyNames(Object.prototype).length !== count)
        throw new Error('Object.prototype changed');
    }),
    { numRuns: FUZZ_RUNS },
  );
  expect(prototypeSnapshot()).toBe(before);
}
