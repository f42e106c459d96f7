import { describe, expect, it } from 'vitest';
import { formatLocalDateTime } from './format-local-date-time.ts';

describe('formatLocalDateTime', () => {
  it('writes what Date#toLocaleString writes, without building a formatter per call', () => {
    const date = new Date('2026-11-22T22:57:36Z');
    expect(formatLocalDateTime(date)).toBe(date.toLocaleString());
  });
});
