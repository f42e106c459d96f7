import { describe, expect, it } from 'vitest';
import { err, ok, type Result } from './result.ts';

function half(n: number): Result<number> {
  return n % 2 === 0 ? ok(n / 2) : err(`${n} is odd`);
}

describe('Result', () => {
  it('carries a value or an error, told apart by ok', () => {
    expect(half(4)).toEqual({ ok: true, value: 2 });
    expect(half(3)).toEqual({ ok: false, error: '3 is odd' });
  });

  it('takes any error type', () => {
    const check = (name: string): Result<string, { field: string }> =>
      name === '' ? err({ field: 'name' }) : ok(name);
    const failed = check('');
    expect(failed.ok ? undefined : failed.error.field).toBe('name');
    expect(check('Ada')).toEqual({ ok: true, value: 'Ada' });
  });
});
