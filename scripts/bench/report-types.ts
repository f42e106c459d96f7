import type { IdleBreakdown } from './measure-idle.ts';

/**
 * The shape of `npm run bench -- --json` (schemaVersion 1). Keep it stable: add keys, never rename
 * or remove them. Bytes are gzip bytes (node:zlib, default level 6) unless named otherwise; times
 * are milliseconds; null means "not measured" (e.g. --no-lighthouse).
 */
export interface LighthouseScores {
  /** 0–100, Lighthouse's desktop preset, on the app's first screen. */
  performance: number;
  accessibility: number;
  bestPractices: number;
}

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryBytes: number;
  /** 1, 5 and 15 minute load averages when the run started (the machine may be shared). */
  loadAverage: [number, number, number];
  node: string;
  chromium: string;
  platform: string;
}

export interface Budget {
  id: string;
  description: string;
  /** The value the budget compares against (already multiplied for "× floor" budgets). */
  limit: number;
  comparison: '<=' | '>=';
  unit: string;
  measured: number | null;
  /** null when the value was not measured. */
  pass: boolean | null;
}

export interface FileSize {
  /** Path of the file on the server, e.g. /assets/index-abc.js. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface ModuleShare {
  /** A package (react-dom, @aws-sdk/client-sts…) or a source folder (src/lib/sts…). */
  module: string;
  /** Its share of the initial files' gzip bytes, by its share of their rendered code. */
  estimatedGzipBytes: number;
}

export interface UiCallSample {
  /** Click event → the new credentials card in the DOM (MutationObserver callback). */
  clickToCardMs: number;
  /** The sandbox's own handling time for that request (/__sandbox/stats lastHandlingMs). */
  sandboxMs: number;
  /** Click → the STS request starts (validation, SDK middleware, signing, serialising). */
  clickToRequestMs: number | null;
  /** The response is in → the card is in the DOM (XML parsing, state updates, React render). */
  responseToCardMs: number | null;
}

/** Medians of the phases of UiCallSample; the rest of click-to-card is the network. */
export interface UiPhases {
  clickToRequestMs: number | null;
  requestMs: number | null;
  responseToCardMs: number | null;
}

export interface BenchDetails {
  loadsMs: { app: number[]; floor: number[] };
  initialFiles: FileSize[];
  floorFiles: FileSize[];
  /** Biggest contributors to the initial JS (estimated), largest first. */
  initialByModule: ModuleShare[];
  uiCalls: UiCallSample[];
  floorUiCalls: UiCallSample[];
  /** The same measurement on the floor app: what the browser, SDK and React cost at least. */
  floorUiOverheadMsMedian: number;
  uiPhases: { app: UiPhases; floor: UiPhases };
  anonymousCall: { requests: number; preflights: number };
  signedCalls: {
    first: { requests: number; preflights: number };
    next: { requests: number; preflights: number };
  };
  idle: {
    seconds: number;
    liveCountdowns: number;
    taskDurationMs: number;
    /** Main-thread CPU time (ThreadTime) ÷ elapsed, in %: less sensitive to a busy machine. */
    cpuPct: number;
    /** Where the busy time went (ms over the window) and how many style/layout passes. */
    breakdown: IdleBreakdown;
    /** The floor page (no countdowns) measured the same way: the browser's own idle cost. */
    floorPct: number;
    floorCpuPct: number;
  };
  lighthouseMetrics: Record<string, number> | null;
  /** Weighted Lighthouse audits that lost points ("category/audit" → score 0..1). */
  lighthouseFailedAudits: Record<string, number> | null;
  durationSeconds: number;
}

export interface BenchReport {
  schemaVersion: 1;
  date: string;
  machine: Machine;
  initialJsGzipBytes: number;
  floorJsGzipBytes: number;
  loadMs: number;
  floorLoadMs: number;
  preflightsPerAnonymousCall: number;
  roundTripsFirstSignedCall: number;
  roundTripsNextSignedCall: number;
  uiOverheadMsMedian: number;
  idleMainThreadPct: number;
  lighthouse: LighthouseScores | null;
  budgets: Budget[];
  details: BenchDetails;
}
