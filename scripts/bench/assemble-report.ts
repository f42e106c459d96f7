import { attributeGzipBytes, type ChunkModules } from './attribution.ts';
import { evaluateBudgets } from './budgets.ts';
import type { IdleBreakdown } from './measure-idle.ts';
import type { LighthouseRun } from './measure-lighthouse.ts';
import type { BenchReport, FileSize, Machine, UiCallSample, UiPhases } from './report-types.ts';
import { median, round } from './stats.ts';

export interface Measurements {
  date: Date;
  machine: Machine;
  app: { loadsMs: number[]; files: FileSize[]; chunks: ChunkModules[]; root: string };
  floor: { loadsMs: number[]; files: FileSize[] };
  uiCalls: UiCallSample[];
  floorUiCalls: UiCallSample[];
  anonymousCall: { requests: number; preflights: number };
  signedCalls: {
    first: { requests: number; preflights: number };
    next: { requests: number; preflights: number };
  };
  idle: {
    seconds: number;
    pct: number;
    taskDurationMs: number;
    cpuPct: number;
    breakdown: IdleBreakdown;
    liveCountdowns: number;
    floorPct: number;
    floorCpuPct: number;
  };
  lighthouse: LighthouseRun | null;
  durationSeconds: number;
}

const sum = (files: readonly FileSize[]) => files.reduce((total, f) => total + f.gzipBytes, 0);
const overheadMedian = (samples: readonly UiCallSample[]) =>
  round(median(samples.map((s) => s.clickToCardMs - s.sandboxMs)), 2);

function medianOf(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : round(median(known), 2);
}

/** Pure: medians of the phases; "request" is what lies between them (network + sandbox). */
export function uiPhases(samples: readonly UiCallSample[]): UiPhases {
  return {
    clickToRequestMs: medianOf(samples.map((s) => s.clickToRequestMs)),
    requestMs: medianOf(
      samples.map((s) =>
        s.clickToRequestMs === null || s.responseToCardMs === null
          ? null
          : s.clickToCardMs - s.clickToRequestMs - s.responseToCardMs,
      ),
    ),
    responseToCardMs: medianOf(samples.map((s) => s.responseToCardMs)),
  };
}

const roundSample = (s: UiCallSample): UiCallSample => ({
  clickToCardMs: round(s.clickToCardMs, 2),
  sandboxMs: round(s.sandboxMs, 2),
  clickToRequestMs: s.clickToRequestMs === null ? null : round(s.clickToRequestMs, 2),
  responseToCardMs: s.responseToCardMs === null ? null : round(s.responseToCardMs, 2),
});

/** Pure: the report (see report-types.ts) from the raw measurements, budgets evaluated. */
export function assembleReport(m: Measurements): BenchReport {
  const headline = {
    initialJsGzipBytes: sum(m.app.files),
    floorJsGzipBytes: sum(m.floor.files),
    loadMs: round(median(m.app.loadsMs)),
    floorLoadMs: round(median(m.floor.loadsMs)),
    preflightsPerAnonymousCall: m.anonymousCall.preflights,
    roundTripsFirstSignedCall: m.signedCalls.first.requests + m.signedCalls.first.preflights,
    roundTripsNextSignedCall: m.signedCalls.next.requests + m.signedCalls.next.preflights,
    uiOverheadMsMedian: overheadMedian(m.uiCalls),
    idleMainThreadPct: round(m.idle.pct, 3),
    lighthouse: m.lighthouse?.scores ?? null,
  };
  const gzipByFile = new Map(m.app.files.map((f) => [f.file, f.gzipBytes]));
  return {
    schemaVersion: 1,
    date: m.date.toISOString(),
    machine: m.machine,
    ...headline,
    budgets: evaluateBudgets({
      ...headline,
      floorUiOverheadMsMedian: overheadMedian(m.floorUiCalls),
    }),
    details: {
      loadsMs: {
        app: m.app.loadsMs.map((v) => round(v)),
        floor: m.floor.loadsMs.map((v) => round(v)),
      },
      initialFiles: m.app.files,
      floorFiles: m.floor.files,
      initialByModule: attributeGzipBytes(m.app.chunks, gzipByFile, m.app.root).slice(0, 25),
      uiCalls: m.uiCalls.map(roundSample),
      floorUiCalls: m.floorUiCalls.map(roundSample),
      floorUiOverheadMsMedian: overheadMedian(m.floorUiCalls),
      uiPhases: { app: uiPhases(m.uiCalls), floor: uiPhases(m.floorUiCalls) },
      anonymousCall: m.anonymousCall,
      signedCalls: m.signedCalls,
      idle: {
        seconds: m.idle.seconds,
        liveCountdowns: m.idle.liveCountdowns,
        taskDurationMs: round(m.idle.taskDurationMs, 1),
        cpuPct: round(m.idle.cpuPct, 3),
        breakdown: m.idle.breakdown,
        floorPct: round(m.idle.floorPct, 3),
        floorCpuPct: round(m.idle.floorCpuPct, 3),
      },
      lighthouseMetrics: m.lighthouse?.metrics ?? null,
      lighthouseFailedAudits: m.lighthouse?.failedAudits ?? null,
      durationSeconds: round(m.durationSeconds),
    },
  };
}
