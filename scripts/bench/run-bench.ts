import { mintIdToken } from '../../sandbox/src/identity/id-token.ts';
import { startSandbox } from '../../sandbox/src/server.ts';
import type { BenchOptions } from './args.ts';
import { assembleReport } from './assemble-report.ts';
import { launchBrowser } from './browser.ts';
import { APP_OUT_DIR, buildConsole, buildFloor } from './build-apps.ts';
import { freePort } from './free-port.ts';
import { log } from './log.ts';
import { measureAssumeCalls } from './measure-calls.ts';
import { measureIdle } from './measure-idle.ts';
import { runLighthouse } from './measure-lighthouse.ts';
import { measureLoads } from './measure-load.ts';
import { measureSignedCalls } from './measure-signed.ts';
import { describeMachine } from './machine.ts';
import type { BenchReport } from './report-types.ts';
import { serveConsole, serveFloor } from './servers.ts';

export type Cleanup = (close: () => Promise<void>) => void;

/**
 * The whole benchmark: sandbox on a free port, both apps built for it and served by vite preview,
 * then loads, calls, idle time and Lighthouse. Registers everything it starts with `onCleanup`.
 */
export async function runBench(options: BenchOptions, onCleanup: Cleanup): Promise<BenchReport> {
  const started = performance.now();
  const date = new Date();
  const [appPort, floorPort] = [await freePort(), await freePort()];
  const appUrl = `http://127.0.0.1:${appPort}`;
  const floorUrl = `http://127.0.0.1:${floorPort}`;

  const sandbox = await startSandbox({ port: 0, consoleOrigins: [appUrl, floorUrl] });
  onCleanup(() => sandbox.close());
  log(`sandbox at ${sandbox.url}`);

  // What `npm start` does, with the bench's ports and output folder (vite.config.ts reads these).
  process.env.PORT = String(appPort);
  process.env.SANDBOX_PORT = new URL(sandbox.url).port;
  process.env.STS_CONSOLE_OUT_DIR = APP_OUT_DIR;
  process.env.STS_CONSOLE_NO_SANDBOX = '';
  log('building the console and the floor');
  const app = await buildConsole();
  await buildFloor();
  const appServer = await serveConsole(appPort);
  onCleanup(() => appServer.close());
  const floorServer = await serveFloor(floorPort);
  onCleanup(() => floorServer.close());
  log(`console at ${appUrl}, floor at ${floorUrl}`);

  const browser = await launchBrowser();
  onCleanup(() => browser.close());
  const machine = describeMachine(`Chromium ${browser.version()}`);

  log(`cold loads (${options.loads} each, interleaved)`);
  const loads = await measureLoads(
    browser,
    [
      { name: 'app', url: appUrl },
      { name: 'floor', url: floorUrl },
    ],
    options.loads,
  );

  const world = sandbox.summary;
  const token = await mintIdToken({ issuer: world.issuer, sub: 'bench', ttlSeconds: 3600 });
  const inputs = { token, roleArn: world.roles.webIdentity, sessionName: 'bench' };
  log(`assume-role through the UI (${options.calls} calls each)`);
  const appCalls = await measureAssumeCalls(browser, appUrl, sandbox.url, inputs, options.calls);
  log(`idle main thread for ${options.idleSeconds} s`);
  const idle = await measureIdle(appCalls.page, options.idleSeconds);
  await appCalls.context.close();
  const floorCalls = await measureAssumeCalls(
    browser,
    floorUrl,
    sandbox.url,
    inputs,
    options.calls,
  );
  log(`idle main thread of the floor for ${options.idleSeconds} s (baseline)`);
  const floorIdle = await measureIdle(floorCalls.page, options.idleSeconds);
  await floorCalls.context.close();

  log('signed GetCallerIdentity, twice');
  const signedCalls = await measureSignedCalls(browser, appUrl, sandbox.url, world.user);
  await browser.close();

  let lighthouse = null;
  if (options.lighthouse) {
    log('Lighthouse (desktop preset)');
    lighthouse = await runLighthouse(`${appUrl}/`);
  }
  return assembleReport({
    date,
    machine,
    app: {
      loadsMs: loads.get('app')?.loadsMs ?? [],
      files: loads.get('app')?.files ?? [],
      chunks: app.chunks,
      root: app.root,
    },
    floor: { loadsMs: loads.get('floor')?.loadsMs ?? [], files: loads.get('floor')?.files ?? [] },
    uiCalls: appCalls.samples,
    floorUiCalls: floorCalls.samples,
    anonymousCall: appCalls.first,
    signedCalls,
    idle: {
      seconds: options.idleSeconds,
      ...idle,
      floorPct: floorIdle.pct,
      floorCpuPct: floorIdle.cpuPct,
    },
    lighthouse,
    durationSeconds: (performance.now() - started) / 1000,
  });
}
