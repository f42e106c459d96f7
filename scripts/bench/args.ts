import { err, ok, type Result } from '../../src/lib/result.ts';

/** Command-line options of `npm run bench`. */
export interface BenchOptions {
  /** Print one JSON object on stdout instead of the table. */
  json: boolean;
  /** Cold loads of each app (≥ 5). */
  loads: number;
  /** Assume-role calls through the UI for the overhead median and the wallet (≥ 10, ≤ 40). */
  calls: number;
  /** Seconds of idle measurement with the wallet's countdowns running. */
  idleSeconds: number;
  /** Skip Lighthouse (its scores are then null and its budgets unmeasured). */
  lighthouse: boolean;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  json: false,
  loads: 15,
  calls: 20,
  idleSeconds: 10,
  lighthouse: true,
};

const LIMITS = {
  loads: { min: 5, max: 50 },
  calls: { min: 10, max: 40 },
  idleSeconds: { min: 1, max: 120 },
} as const;

export const USAGE = `usage: npm run bench -- [--json] [--loads N] [--calls N] [--idle-seconds N] [--no-lighthouse]
  --json            print one JSON object on stdout (progress goes to stderr)
  --loads N         cold loads of each app, ${LIMITS.loads.min}..${LIMITS.loads.max} (default ${DEFAULT_OPTIONS.loads})
  --calls N         assume-role calls through the UI, ${LIMITS.calls.min}..${LIMITS.calls.max} (default ${DEFAULT_OPTIONS.calls})
  --idle-seconds N  idle measurement window, ${LIMITS.idleSeconds.min}..${LIMITS.idleSeconds.max} (default ${DEFAULT_OPTIONS.idleSeconds})
  --no-lighthouse   skip Lighthouse (quick runs; its budgets are then reported as not measured)`;

type NumericKey = keyof typeof LIMITS;

const NUMERIC_FLAGS: Record<string, NumericKey> = {
  '--loads': 'loads',
  '--calls': 'calls',
  '--idle-seconds': 'idleSeconds',
};

/** Pure: parses the arguments after `npm run bench --`. Accepts `--flag N` and `--flag=N`. */
export function parseBenchArgs(argv: readonly string[]): Result<BenchOptions> {
  const options: BenchOptions = { ...DEFAULT_OPTIONS };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag = '', inline] = arg.split('=', 2);
    if (arg === '--json') options.json = true;
    else if (arg === '--no-lighthouse') options.lighthouse = false;
    else if (Object.hasOwn(NUMERIC_FLAGS, flag)) {
      const key = NUMERIC_FLAGS[flag];
      if (key === undefined) return err(`unknown option ${flag}`);
      const raw = inline ?? argv[i + 1];
      if (inline === undefined) i += 1;
      const value = Number(raw);
      const { min, max } = LIMITS[key];
      if (raw === undefined || !Number.isInteger(value) || value < min || value > max) {
        return err(`${flag} needs a whole number from ${min} to ${max}`);
      }
      options[key] = value;
    } else return err(`unknown option ${arg}`);
  }
  return ok(options);
}
