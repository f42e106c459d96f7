import { describe, expect, it } from 'vitest';
import { formatLocalDateTime, formatLocalTime } from './format-local-date-time.ts';

describe('formatLocalDateTime', () => {
  it('writes what Date#toLocaleString writes, without building a formatter per call', () => {
    const date = new Date('2026-11-22T22:57:36Z');
    expect(formatLocalDateTime(date)).toBe(date.toLocaleString());
  });
});

describe('formatLocalTime', () => {
  it('writes what Date#toLocaleTimeString writes', () => {
    const date = new Date('2026-11-22T22:57:36Z');
    expect(formatLocalTime(date)).toBe(date.toLocaleTimeString());
  });
});
