/** What `npm start` and `npm run dev` print once the console and the sandbox listen. */
import { describeWorld, type WorldSummary } from '../sandbox/src/summary.ts';

export function welcome(consoleUrl: string, world: WorldSummary): string {
  return `
  STS Console   ${consoleUrl}
${describeWorld(world)}

  A web identity token:  npm run sandbox -- token
  Everything as JSON:    npm run sandbox -- world --json
`;
}
