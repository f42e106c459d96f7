// Runs before any module: zod reads this global config when its first schema is built, and with
// `jitless` it never probes `new Function`, which the Content-Security-Policy (Trusted Types)
// would report as a violation. A classic script, so it runs before module chunks are evaluated.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig ?? {}, {
  jitless: true,
});
