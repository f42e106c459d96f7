import type { BenchReport, Budget } from './report-types.ts';

/** Pure: a value in a budget's unit, for people. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null || Number.isNaN(value)) return '—';
  switch (unit) {
    case 'gzip bytes':
      return `${(value / 1000).toFixed(1)} kB`;
    case 'ms':
      return `${value.toFixed(1)} ms`;
    case '%':
      return `${value.toFixed(2)} %`;
    default:
      return String(value);
  }
}

const phase = (value: number | null) => formatValue(value, 'ms');

const breakdown = (b: BenchReport['details']['idle']['breakdown']) =>
  `${b.scriptMs} / ${b.recalcStyleMs} / ${b.layoutMs} / ${b.otherMs} ms`;

function verdict(b: Budget): string {
  return b.pass === null ? 'not measured' : b.pass ? 'pass' : 'FAIL';
}

function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Pure: the human-readable report (what `npm run bench` prints without --json). */
export function formatReport(r: BenchReport): string {
  const m = r.machine;
  const lh = r.lighthouse;
  const header = `STS Console benchmark, ${r.date}\n${m.cpuModel}, ${m.cores} cores, ${(m.memoryBytes / 2 ** 30).toFixed(1)} GiB, load ${m.loadAverage.join(' ')}, Node ${m.node}, ${m.chromium}`;
  const measured = table([
    ['', 'console', 'floor'],
    [
      'Initial JS+CSS (gzip)',
      formatValue(r.initialJsGzipBytes, 'gzip bytes'),
      formatValue(r.floorJsGzipBytes, 'gzip bytes'),
    ],
    [
      'Load to "Assume role" (median)',
      formatValue(r.loadMs, 'ms'),
      formatValue(r.floorLoadMs, 'ms'),
    ],
    [
      'UI overhead (median)',
      formatValue(r.uiOverheadMsMedian, 'ms'),
      formatValue(r.details.floorUiOverheadMsMedian, 'ms'),
    ],
    [
      '  click → request starts',
      phase(r.details.uiPhases.app.clickToRequestMs),
      phase(r.details.uiPhases.floor.clickToRequestMs),
    ],
    [
      '  request (network + sandbox)',
      phase(r.details.uiPhases.app.requestMs),
      phase(r.details.uiPhases.floor.requestMs),
    ],
    [
      '  response → card in DOM',
      phase(r.details.uiPhases.app.responseToCardMs),
      phase(r.details.uiPhases.floor.responseToCardMs),
    ],
    ['Preflights, anonymous call', String(r.preflightsPerAnonymousCall), ''],
    [
      'Round trips, signed call first/next',
      `${r.roundTripsFirstSignedCall} / ${r.roundTripsNextSignedCall}`,
      '',
    ],
    [
      `Idle main thread (${r.details.idle.liveCountdowns} countdowns)`,
      formatValue(r.idleMainThreadPct, '%'),
      formatValue(r.details.idle.floorPct, '%'),
    ],
    ['  script / style / layout / other', breakdown(r.details.idle.breakdown), ''],
    [
      '  main-thread CPU time',
      formatValue(r.details.idle.cpuPct, '%'),
      formatValue(r.details.idle.floorCpuPct, '%'),
    ],
    [
      'Lighthouse perf/a11y/best practices',
      lh ? `${lh.performance} / ${lh.accessibility} / ${lh.bestPractices}` : '—',
      '',
    ],
  ]);
  const budgets = table([
    ['Budget', 'measured', 'limit', ''],
    ...r.budgets.map((b) => [
      b.description,
      formatValue(b.measured, b.unit),
      `${b.comparison} ${formatValue(b.limit, b.unit)}`,
      verdict(b),
    ]),
  ]);
  const largest = r.details.initialByModule
    .slice(0, 8)
    .map((s) => `  ${s.module}: ~${formatValue(s.estimatedGzipBytes, 'gzip bytes')}`)
    .join('\n');
  return `${header}\n\n${measured}\n\n${budgets}\n\nLargest in the initial JS+CSS (estimated):\n${largest}\n`;
}
