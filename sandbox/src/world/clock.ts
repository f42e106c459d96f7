/** The sandbox's notion of now: real time plus an offset tests can move (POST /__sandbox/clock). */
export interface SandboxClock {
  /** Milliseconds since the epoch, shifted. */
  now(): number;
  advance(seconds: number): void;
  reset(): void;
  offsetSeconds(): number;
}

/** A clock starting at real time. */
export function createClock(): SandboxClock {
  let offsetMs = 0;
  return {
    now: () => Date.now() + offsetMs,
    advance: (seconds) => {
      offsetMs += seconds * 1000;
    },
    reset: () => {
      offsetMs = 0;
    },
    offsetSeconds: () => offsetMs / 1000,
  };
}
