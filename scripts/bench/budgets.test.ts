import { describe, expect, it } from 'vitest';
import { evaluateBudgets, type BudgetInputs } from './budgets.ts';

const passing: BudgetInputs = {
  initialJsGzipBytes: 100_000,
  floorJsGzipBytes: 95_000,
  loadMs: 110,
  floorLoadMs: 100,
  preflightsPerAnonymousCall: 0,
  roundTripsFirstSignedCall: 2,
  roundTripsNextSignedCall: 1,
  uiOverheadMsMedian: 4,
  floorUiOverheadMsMedian: 3,
  idleMainThreadPct: 0.3,
  lighthouse: { performance: 100, accessibility: 100, bestPractices: 100 },
};

function byId(inputs: BudgetInputs) {
  return Object.fromEntries(evaluateBudgets(inputs).map((b) => [b.id, b]));
}

describe('evaluateBudgets', () => {
  it('passes everything at or under the limits', () => {
    expect(evaluateBudgets(passing).every((b) => b.pass === true)).toBe(true);
  });

  it('scales the relative budgets by the floor', () => {
    const budgets = byId({ ...passing, initialJsGzipBytes: 104_600, loadMs: 121 });
    expect(budgets['initial-js-vs-floor']).toMatchObject({ limit: 104_500, pass: false });
    expect(budgets['load-vs-floor']).toMatchObject({ limit: 120, pass: false });
  });

  it('holds the UI overhead to 3 ms over the floor app in the same run', () => {
    expect(
      byId({ ...passing, uiOverheadMsMedian: 16, floorUiOverheadMsMedian: 13 })[
        'ui-overhead-vs-floor'
      ],
    ).toMatchObject({ limit: 16, pass: true });
    expect(
      byId({ ...passing, uiOverheadMsMedian: 16.01, floorUiOverheadMsMedian: 13 })[
        'ui-overhead-vs-floor'
      ]?.pass,
    ).toBe(false);
  });

  it('fails the absolute size budget above 140 000 gzip bytes even when near the floor', () => {
    const budgets = byId({ ...passing, initialJsGzipBytes: 140_001, floorJsGzipBytes: 139_000 });
    expect(budgets['initial-js-absolute']?.pass).toBe(false);
    expect(budgets['initial-js-vs-floor']?.pass).toBe(true);
  });

  it('fails a preflight, an extra round trip, overhead, idle time and a Lighthouse point', () => {
    const budgets = byId({
      ...passing,
      preflightsPerAnonymousCall: 1,
      roundTripsFirstSignedCall: 3,
      roundTripsNextSignedCall: 2,
      uiOverheadMsMedian: 10.5,
      idleMainThreadPct: 1.2,
      lighthouse: { performance: 99, accessibility: 100, bestPractices: 96 },
    });
    const failed = Object.values(budgets)
      .filter((b) => b.pass === false)
      .map((b) => b.id);
    expect(failed).toEqual([
      'anonymous-preflights',
      'signed-first-round-trips',
      'signed-next-round-trips',
      'ui-overhead',
      'ui-overhead-vs-floor',
      'idle-main-thread',
      'lighthouse-performance',
      'lighthouse-best-practices',
    ]);
  });

  it('reports Lighthouse budgets as not measured when it was skipped', () => {
    const budgets = byId({ ...passing, lighthouse: null });
    expect(budgets['lighthouse-accessibility']).toMatchObject({ measured: null, pass: null });
  });
});
