/**
 * npm start: serves the production build (vite preview, with the deployment's security headers)
 * beside the local STS sandbox, and prints both URLs and the sandbox's demo identities.
 */
import { preview } from 'vite';
import { startSandbox } from '../sandbox/src/server.ts';
import { consoleBuildSettings } from './build-settings.ts';
import { welcome } from './welcome.ts';

const settings = consoleBuildSettings(process.env);
const consoleUrl = `http://127.0.0.1:${settings.port}`;

const sandbox = await startSandbox({ port: settings.sandboxPort, consoleOrigins: [consoleUrl] });
const server = await preview({
  preview: { port: settings.port, host: '127.0.0.1', strictPort: true },
});

console.log(welcome(consoleUrl, sandbox.summary));

async function shutdown(): Promise<void> {
  await new Promise<void>((resolve) => {
    server.httpServer.close(() => {
      resolve();
    });
  });
  await sandbox.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
