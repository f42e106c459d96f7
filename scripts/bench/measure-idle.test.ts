import { describe, expect, it } from 'vitest';
import { idleFromMetrics } from './measure-idle.ts';

const zero = {
  Timestamp: 100,
  TaskDuration: 1,
  ThreadTime: 2,
  ScriptDuration: 0.5,
  RecalcStyleDuration: 0.1,
  LayoutDuration: 0.1,
  TaskOtherDuration: 0.3,
  LayoutCount: 10,
  RecalcStyleCount: 12,
};

describe('idleFromMetrics', () => {
  it('divides busy time by elapsed time and splits it by kind', () => {
    const after = {
      Timestamp: 110,
      TaskDuration: 1.1,
      ThreadTime: 2.05,
      ScriptDuration: 0.52,
      RecalcStyleDuration: 0.13,
      LayoutDuration: 0.11,
      TaskOtherDuration: 0.34,
      LayoutCount: 20,
      RecalcStyleCount: 22,
    };
    const idle = idleFromMetrics(zero, after, 20);
    expect(idle.pct).toBeCloseTo(1, 6);
    expect(idle.cpuPct).toBeCloseTo(0.5, 6);
    expect(idle.taskDurationMs).toBeCloseTo(100, 6);
    expect(idle.breakdown).toEqual({
      scriptMs: 20,
      recalcStyleMs: 30,
      layoutMs: 10,
      otherMs: 40,
      layouts: 10,
      styleRecalcs: 10,
    });
    expect(idle.liveCountdowns).toBe(20);
  });
});
