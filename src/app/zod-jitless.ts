/** The global zod reads its configuration from when it loads (zod v4 core). */
interface ZodGlobal {
  __zod_globalConfig?: Record<string, unknown>;
}

/**
 * Turns zod's eval-based fast paths off before zod loads (it loads later, on demand): with
 * `jitless` it never probes `new Function`, which the Content-Security-Policy forbids and would
 * report as a violation.
 */
export function configureZodJitless(): void {
  const global = globalThis as ZodGlobal;
  global.__zod_globalConfig = Object.assign(global.__zod_globalConfig ?? {}, { jitless: true });
}
