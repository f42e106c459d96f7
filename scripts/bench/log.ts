/** Progress messages go to stderr, so `--json` leaves stdout to the one JSON object. */
export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
