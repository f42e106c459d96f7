/**
 * npm run bench [-- --json]: the console against the floor (React + ReactDOM + the STS client),
 * in headless Chromium against the local sandbox. Prints a table, or with --json one JSON object
 * (shape: scripts/bench/report-types.ts); progress goes to stderr. Exits 0 when it measured,
 * whatever the budgets say; 1 when a measurement failed; 2 on bad arguments.
 */
import { parseBenchArgs, USAGE } from './bench/args.ts';
import { log } from './bench/log.ts';
import { formatReport } from './bench/report-table.ts';
import { runBench } from './bench/run-bench.ts';

async function main(): Promise<number> {
  const parsed = parseBenchArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n${USAGE}\n`);
    return 2;
  }
  const options = parsed.value;
  const closers: (() => Promise<void>)[] = [];
  try {
    const report = await runBench(options, (close) => closers.push(close));
    process.stdout.write(
      options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report),
    );
    const failed = report.budgets.filter((b) => b.pass === false).length;
    log(`done in ${report.details.durationSeconds} s; ${failed} budget(s) not met`);
    return 0;
  } catch (error) {
    log(
      `measurement failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return 1;
  } finally {
    for (const close of closers.reverse()) {
      await close().catch(() => undefined);
    }
  }
}

// Exit explicitly: the sandbox's OpenID provider and Vite may leave handles open.
process.exit(await main());
