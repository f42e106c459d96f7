import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseBenchArgs } from './args.ts';

describe('parseBenchArgs', () => {
  it('gives the defaults for no arguments', () => {
    expect(parseBenchArgs([])).toEqual({ ok: true, value: DEFAULT_OPTIONS });
  });

  it('reads --json, --no-lighthouse and numbers in both spellings', () => {
    expect(
      parseBenchArgs([
        '--json',
        '--loads',
        '9',
        '--calls=12',
        '--idle-seconds',
        '3',
        '--no-lighthouse',
      ]),
    ).toEqual({
      ok: true,
      value: { json: true, loads: 9, calls: 12, idleSeconds: 3, lighthouse: false },
    });
  });

  it('refuses fewer than five loads or ten calls', () => {
    expect(parseBenchArgs(['--loads', '4']).ok).toBe(false);
    expect(parseBenchArgs(['--calls=9']).ok).toBe(false);
  });

  it('refuses a missing or non-integer number', () => {
    expect(parseBenchArgs(['--loads'])).toEqual({
      ok: false,
      error: '--loads needs a whole number from 5 to 50',
    });
    expect(parseBenchArgs(['--idle-seconds', '2.5']).ok).toBe(false);
  });

  it('names an unknown option', () => {
    expect(parseBenchArgs(['--fast'])).toEqual({ ok: false, error: 'unknown option --fast' });
  });
});
