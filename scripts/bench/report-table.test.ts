import { describe, expect, it } from 'vitest';
import { assembleReport, type Measurements } from './assemble-report.ts';
import { formatReport, formatValue } from './report-table.ts';

const measurements: Measurements = {
  date: new Date('2026-01-02T03:04:05Z'),
  machine: {
    cpuModel: 'Test CPU',
    cores: 2,
    memoryBytes: 8 * 2 ** 30,
    loadAverage: [1, 2, 3],
    node: 'v20.0.0',
    chromium: 'Chromium 1.0',
    platform: 'linux',
  },
  app: {
    loadsMs: [300, 100, 200, 500, 400],
    files: [
      { file: '/assets/index.js', bytes: 300_000, gzipBytes: 100_000 },
      { file: '/assets/index.css', bytes: 20_000, gzipBytes: 5_000 },
    ],
    chunks: [
      {
        fileName: 'assets/index.js',
        modules: [
          { id: '/r/node_modules/react-dom/x.js', weight: 3 },
          { id: '/r/src/app/main.tsx', weight: 1 },
        ],
      },
    ],
    root: '/r',
  },
  floor: {
    loadsMs: [90, 110, 100, 95, 105],
    files: [{ file: '/f.js', bytes: 1, gzipBytes: 99_000 }],
  },
  uiCalls: [
    { clickToCardMs: 20, sandboxMs: 5, clickToRequestMs: 8, responseToCardMs: 4 },
    { clickToCardMs: 12, sandboxMs: 4, clickToRequestMs: 2, responseToCardMs: 3 },
    { clickToCardMs: 30, sandboxMs: 10, clickToRequestMs: null, responseToCardMs: null },
  ],
  floorUiCalls: [{ clickToCardMs: 9, sandboxMs: 4, clickToRequestMs: 1, responseToCardMs: 2 }],
  anonymousCall: { requests: 1, preflights: 0 },
  signedCalls: { first: { requests: 1, preflights: 1 }, next: { requests: 1, preflights: 0 } },
  idle: {
    seconds: 10,
    pct: 0.4567,
    taskDurationMs: 45.67,
    cpuPct: 0.2,
    breakdown: {
      scriptMs: 1,
      recalcStyleMs: 2,
      layoutMs: 3,
      otherMs: 4,
      layouts: 5,
      styleRecalcs: 6,
    },
    liveCountdowns: 20,
    floorPct: 0.1,
    floorCpuPct: 0.05,
  },
  lighthouse: {
    scores: { performance: 100, accessibility: 98, bestPractices: 100 },
    metrics: { 'total-blocking-time': 0 },
    failedAudits: { 'accessibility/color-contrast': 0 },
  },
  durationSeconds: 123.45,
};

describe('assembleReport', () => {
  const report = assembleReport(measurements);

  it('computes the headline numbers the issue asks for', () => {
    expect(report).toMatchObject({
      schemaVersion: 1,
      date: '2026-01-02T03:04:05.000Z',
      initialJsGzipBytes: 105_000,
      floorJsGzipBytes: 99_000,
      loadMs: 300,
      floorLoadMs: 100,
      preflightsPerAnonymousCall: 0,
      roundTripsFirstSignedCall: 2,
      roundTripsNextSignedCall: 1,
      uiOverheadMsMedian: 15,
      idleMainThreadPct: 0.457,
      lighthouse: { performance: 100, accessibility: 98, bestPractices: 100 },
    });
    expect(report.details.floorUiOverheadMsMedian).toBe(5);
  });

  it('splits click-to-card into phases, skipping calls without Resource Timing', () => {
    expect(report.details.uiPhases.app).toEqual({
      clickToRequestMs: 5,
      requestMs: 7.5,
      responseToCardMs: 3.5,
    });
    expect(report.details.uiPhases.floor).toEqual({
      clickToRequestMs: 1,
      requestMs: 6,
      responseToCardMs: 2,
    });
  });

  it('keeps the documented top-level keys, in order', () => {
    expect(Object.keys(report)).toEqual([
      'schemaVersion',
      'date',
      'machine',
      'initialJsGzipBytes',
      'floorJsGzipBytes',
      'loadMs',
      'floorLoadMs',
      'preflightsPerAnonymousCall',
      'roundTripsFirstSignedCall',
      'roundTripsNextSignedCall',
      'uiOverheadMsMedian',
      'idleMainThreadPct',
      'lighthouse',
      'budgets',
      'details',
    ]);
  });

  it('attributes the initial bytes to packages and files', () => {
    expect(report.details.initialByModule).toEqual([
      { module: 'react-dom', estimatedGzipBytes: 75_000 },
      { module: 'src/app', estimatedGzipBytes: 25_000 },
      { module: 'assets/index.css', estimatedGzipBytes: 5_000 },
    ]);
  });

  it('prints a table with both apps, each budget and its verdict', () => {
    const text = formatReport(report);
    expect(text).toContain('Test CPU, 2 cores, 8.0 GiB');
    expect(text).toMatch(/Initial JS\+CSS \(gzip\)\s+105\.0 kB\s+99\.0 kB/);
    expect(text).toMatch(/Load ≤ 1\.2 × floor\s+300\.0 ms\s+<= 120\.0 ms\s+FAIL/);
    expect(text).toMatch(/Lighthouse accessibility 100\s+98\s+>= 100\s+FAIL/);
    expect(text).toMatch(/Signed call, first: ≤ 2 round trips\s+2\s+<= 2\s+pass/);
    expect(text).toContain('react-dom: ~75.0 kB');
    expect(text).toMatch(/script \/ style \/ layout \/ other\s+1 \/ 2 \/ 3 \/ 4 ms/);
    expect(text).toMatch(/click → request starts\s+5\.0 ms\s+1\.0 ms/);
    expect(text).toMatch(/Idle main thread \(20 countdowns\)\s+0\.46 %\s+0\.10 %/);
  });
});

describe('formatValue', () => {
  it('formats by unit and shows a dash for unmeasured values', () => {
    expect(formatValue(140_000, 'gzip bytes')).toBe('140.0 kB');
    expect(formatValue(0.1234, '%')).toBe('0.12 %');
    expect(formatValue(null, 'ms')).toBe('—');
    expect(formatValue(3, 'requests')).toBe('3');
  });
});
