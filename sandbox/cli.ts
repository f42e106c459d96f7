/**
 * npm run sandbox -- <command>: start the sandbox, or mint what a console user needs to try it.
 * Works without a running server: SANDBOX_PORT (default 5174) tells it the issuer URL.
 */
import { parseArgs } from 'node:util';
import { encodeAuthorizationMessage, baseConditions } from './src/ops/shared/access-denied.ts';
import { describeWorld, summarizeWorld } from './src/summary.ts';
import { DEFAULT_WORLD_FILE, loadWorld, type World } from './src/world/world-config.ts';
import { mintTradeInToken } from './src/world/trade-in.ts';

const HELP = `Usage: npm run sandbox -- [command] [options]

Commands:
  (none)            start the sandbox on 127.0.0.1:$SANDBOX_PORT (default 5174)
  world [--json]    print the demo world (identities, roles, issuer)
  token [--sub S] [--aud A] [--email E] [--ttl SECONDS]
                    print an ID token signed by the sandbox's OpenID provider
                    (a negative --ttl gives an expired token)
  saml [--role ARN] print a signed base64 SAMLResponse for AssumeRoleWithSAML
  authz-message     print an encoded authorization failure message
  trade-in-token [--role ARN] [--ttl SECONDS]
                    print a trade-in token for GetDelegatedAccessToken
  --help            show this help

Environment: SANDBOX_PORT (default 5174), PORT (console port, default 5173).`;

class UsageError extends Error {}

function readPort(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UsageError(`${name} must be a port number from 1 to 65535, got "${raw}"`);
  }
  return port;
}

function loadDemoWorld(url: string): World {
  const world = loadWorld(DEFAULT_WORLD_FILE, url);
  if (!world.ok) throw new Error(world.error);
  return world.value;
}

function integer(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value))
    throw new UsageError(`${name} must be an integer number of seconds, got "${value}"`);
  return Number(value);
}

/** `--ttl -600` reads as an option and a value: node's parser would take "-600" for a flag. */
function joinNegativeValues(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const next = args[i + 1];
    if (arg.startsWith('--') && !arg.includes('=') && next !== undefined && /^-\d+$/.test(next)) {
      out.push(`${arg}=${next}`);
      i += 1;
    } else {
      out.push(arg);
    }
  }
  return out;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const url = `http://127.0.0.1:${readPort('SANDBOX_PORT', 5174)}`;
  const parse = <T extends Record<string, { type: 'string' | 'boolean' }>>(options: T) =>
    parseArgs({ args: joinNegativeValues(rest), options, strict: true, allowPositionals: false })
      .values;
  switch (command) {
    case undefined: {
      const consolePort = readPort('PORT', 5173);
      const { startSandbox } = await import('./src/server.ts');
      const sandbox = await startSandbox({
        port: readPort('SANDBOX_PORT', 5174),
        consoleOrigins: [`http://127.0.0.1:${consolePort}`, `http://localhost:${consolePort}`],
      });
      console.log(
        `\n${describeWorld(sandbox.summary)}\n\n  A web identity token:  npm run sandbox -- token\n`,
      );
      const stop = () => void sandbox.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      return;
    }
    case '--help':
    case '-h':
    case 'help':
      console.log(HELP);
      return;
    case 'world': {
      const { json } = parse({ json: { type: 'boolean' } });
      const summary = summarizeWorld(loadDemoWorld(url), url);
      console.log(json === true ? JSON.stringify(summary, null, 2) : describeWorld(summary));
      return;
    }
    case 'token': {
      const v = parse({
        sub: { type: 'string' },
        aud: { type: 'string' },
        email: { type: 'string' },
        ttl: { type: 'string' },
      });
      const ttlSeconds = integer(v.ttl, '--ttl');
      const { mintIdToken } = await import('./src/identity/id-token.ts');
      console.log(
        await mintIdToken({
          issuer: `${url}/oidc`,
          ...(v.sub === undefined ? {} : { sub: v.sub }),
          ...(v.aud === undefined ? {} : { aud: v.aud }),
          ...(v.email === undefined ? {} : { email: v.email }),
          ...(ttlSeconds === undefined ? {} : { ttlSeconds }),
        }),
      );
      return;
    }
    case 'saml': {
      const v = parse({ role: { type: 'string' } });
      const world = loadDemoWorld(url);
      const summary = summarizeWorld(world, url);
      const roleArn = v.role ?? summary.roles.saml;
      if (!/^arn:aws:iam::\d{12}:role\/\S+$/.test(roleArn))
        throw new UsageError(`--role must be a role ARN, got "${roleArn}"`);
      const { mintSamlResponse } = await import('./src/identity/saml-response.ts');
      console.log(mintSamlResponse({ roles: [{ roleArn, providerArn: summary.samlProvider }] }));
      return;
    }
    case 'authz-message': {
      parse({});
      const world = loadDemoWorld(url);
      const user = world.users[0];
      if (user === undefined) throw new Error('the world has no user');
      const principal = { kind: 'user' as const, accountId: world.accountId, user };
      const resource = summarizeWorld(world, url).roles.mfa;
      const conditions = {
        ...baseConditions(principal, Date.now(), world.region),
        'aws:MultiFactorAuthPresent': ['false'],
      };
      console.log(
        encodeAuthorizationMessage({ principal, action: 'sts:AssumeRole', resource, conditions }),
      );
      return;
    }
    case 'trade-in-token': {
      const v = parse({ role: { type: 'string' }, ttl: { type: 'string' } });
      const roleArn = v.role ?? summarizeWorld(loadDemoWorld(url), url).roles.admin;
      if (!/^arn:aws:iam::\d{12}:role\/\S+$/.test(roleArn))
        throw new UsageError(`--role must be a role ARN, got "${roleArn}"`);
      console.log(mintTradeInToken(roleArn, integer(v.ttl, '--ttl') ?? 900, Date.now()));
      return;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const usage =
    error instanceof UsageError ||
    (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
  console.error(`sandbox: ${error instanceof Error ? error.message : String(error)}`);
  if (usage) console.error('Run "npm run sandbox -- --help" for usage.');
  process.exit(usage ? 2 : 1);
});
