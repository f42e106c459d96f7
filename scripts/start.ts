/**
 * npm start: serves the production build (vite preview, with the deployment's security headers)
 * beside the local STS sandbox, and prints both URLs and the sandbox's demo identities.
 */
import { preview } from 'vite';
import { startSandbox } from '../sandbox/src/server.ts';
import { consoleBuildSettings } from './build-settings.ts';

const settings = consoleBuildSettings(process.env);
const consoleUrl = `http://127.0.0.1:${settings.port}`;

const sandbox = await startSandbox({ port: settings.sandboxPort, consoleOrigins: [consoleUrl] });
const server = await preview({
  preview: { port: settings.port, host: '127.0.0.1', strictPort: true },
});

const world = sandbox.summary;
console.log(`
  STS Console   ${consoleUrl}
  STS sandbox   ${sandbox.url}   (region ${world.region}, account ${world.accountId})
  OpenID issuer ${world.issuer}   (audience "${world.audience}")

  Demo user     ${world.user.arn}
    access key  ${world.user.accessKeyId}
    secret key  ${world.user.secretAccessKey}
    MFA device  ${world.user.mfaSerial}   (TOTP secret ${world.user.mfaSecretBase32})
  Roles         ${world.roles.webIdentity}
                ${world.roles.admin}
                ${world.roles.mfa}
                ${world.roles.saml}

  A web identity token:  npm run sandbox -- token
  Everything as JSON:    npm run sandbox -- world --json
`);

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
