/**
 * npm run dev: the console from source with hot reload (vite's dev server) beside the local STS
 * sandbox, the same pairing as npm start. The dev server sends no CSP header; npm start does.
 */
import { createServer } from 'vite';
import { startSandbox } from '../sandbox/src/server.ts';
import { consoleBuildSettings } from './build-settings.ts';
import { welcome } from './welcome.ts';

const settings = consoleBuildSettings(process.env);
const consoleUrl = `http://127.0.0.1:${settings.port}`;

const sandbox = await startSandbox({
  port: settings.sandboxPort,
  consoleOrigins: [consoleUrl, `http://localhost:${settings.port}`],
});
// vite.config.ts sets the host, the port and strictPort from the same settings.
const server = await createServer();
await server.listen();
console.log(welcome(consoleUrl, sandbox.summary));

async function shutdown(): Promise<void> {
  await server.close();
  await sandbox.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
