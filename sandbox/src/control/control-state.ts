/**
 * Test-control state: fault injection for the next N STS requests, request statistics, and the
 * clock offset. Pure state; the HTTP side lives in control-routes.ts.
 */
import { err, ok, type Result } from '../lib/result.ts';

export const FAULT_MODES = [
  'none',
  'latency',
  'http500',
  'http503',
  'throttle',
  'reset',
  'no-cors',
  'clock-skew',
] as const;
export type FaultMode = (typeof FAULT_MODES)[number];
export const DEFAULT_LATENCY_MS = 10_000;
/** How far ahead the server clock runs in clock-skew mode. */
export const CLOCK_SKEW_MS = 20 * 60 * 1000;
const KEPT_TIMINGS = 1000;

export interface ActiveFault {
  mode: Exclude<FaultMode, 'none'>;
  latencyMs: number;
}

export interface FaultSpec {
  mode: FaultMode;
  count?: number;
  latencyMs?: number;
}

export interface Stats {
  requests: number;
  preflights: number;
  byAction: Record<string, number>;
  lastHandlingMs: number;
  handlingMs: number[];
}

export interface ControlState {
  setFault(spec: unknown): Result<FaultSpec, string>;
  /** The fault for the next STS request, consuming one from its count. */
  takeFault(): ActiveFault | undefined;
  stats(): Stats;
  resetStats(): void;
  countRequest(action: string | undefined): void;
  countPreflight(): void;
  recordHandling(ms: number): void;
}

/** Parses a fault spec from JSON input. */
export function parseFaultSpec(input: unknown): Result<FaultSpec, string> {
  if (typeof input !== 'object' || input === null) return err('expected a JSON object');
  const mode: unknown = 'mode' in input ? input.mode : undefined;
  const found = FAULT_MODES.find((m) => m === mode);
  if (found === undefined) return err(`mode must be one of ${FAULT_MODES.join(', ')}`);
  const count: unknown = 'count' in input ? input.count : undefined;
  const latency: unknown = 'latencyMs' in input ? input.latencyMs : undefined;
  if (count !== undefined && (typeof count !== 'number' || !Number.isInteger(count) || count < 1)) {
    return err('count must be a positive integer');
  }
  if (latency !== undefined && (typeof latency !== 'number' || latency < 0 || latency > 600_000)) {
    return err('latencyMs must be a number from 0 to 600000');
  }
  return ok({
    mode: found,
    ...(typeof count === 'number' ? { count } : {}),
    ...(typeof latency === 'number' ? { latencyMs: latency } : {}),
  });
}

/** Fresh control state: no faults, zero counters. */
export function createControlState(): ControlState {
  let fault: { mode: FaultMode; remaining: number | undefined; latencyMs: number } = {
    mode: 'none',
    remaining: undefined,
    latencyMs: DEFAULT_LATENCY_MS,
  };
  let stats: Stats = emptyStats();
  return {
    setFault(spec) {
      const parsed = parseFaultSpec(spec);
      if (!parsed.ok) return parsed;
      const s = parsed.value;
      fault = { mode: s.mode, remaining: s.count, latencyMs: s.latencyMs ?? DEFAULT_LATENCY_MS };
      return parsed;
    },
    takeFault() {
      if (fault.mode === 'none') return undefined;
      const active: ActiveFault = { mode: fault.mode, latencyMs: fault.latencyMs };
      if (fault.remaining !== undefined) {
        fault.remaining -= 1;
        if (fault.remaining <= 0)
          fault = { mode: 'none', remaining: undefined, latencyMs: DEFAULT_LATENCY_MS };
      }
      return active;
    },
    stats: () => structuredClone(stats),
    resetStats() {
      stats = emptyStats();
    },
    countRequest(action) {
      stats.requests += 1;
      if (action !== undefined) stats.byAction[action] = (stats.byAction[action] ?? 0) + 1;
    },
    countPreflight() {
      stats.preflights += 1;
    },
    recordHandling(ms) {
      stats.lastHandlingMs = ms;
      stats.handlingMs.push(ms);
      if (stats.handlingMs.length > KEPT_TIMINGS) stats.handlingMs.shift();
    },
  };
}

function emptyStats(): Stats {
  return { requests: 0, preflights: 0, byAction: {}, lastHandlingMs: 0, handlingMs: [] };
}
