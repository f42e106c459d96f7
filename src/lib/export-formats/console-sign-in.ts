import { err, ok, type Result } from '../result.ts';
import { partitionOfRegion } from '../sts/partitions.ts';
import type { AwsCredentials } from '../wallet/aws-credentials.ts';
import { quoteBash } from './bash.ts';
import { hasSessionToken } from '../wallet/session-token.ts';
import { checkTerminalValue } from './export-common.ts';
import { isAwsHost } from './export-endpoint.ts';
import { quoteFish } from './fish.ts';
import { quotePowerShell } from './powershell.ts';

/** The federation (sign-in) endpoint and console of each partition that has one. */
const FEDERATION: Readonly<Record<string, { signin: string; console: string }>> = {
  aws: {
    signin: 'https://signin.aws.amazon.com/federation',
    console: 'https://console.aws.amazon.com/',
  },
  'aws-cn': {
    signin: 'https://signin.amazonaws.cn/federation',
    console: 'https://console.amazonaws.cn/',
  },
  'aws-us-gov': {
    signin: 'https://signin.amazonaws-us-gov.com/federation',
    console: 'https://console.amazonaws-us-gov.com/',
  },
};

/** What the sign-in command needs to know about a set, beyond its keys. */
export interface SignInSource {
  /** The STS operation that issued the set. */
  operation: string;
  endpointUrl?: string | undefined;
  region?: string | undefined;
}

/** Operations whose sessions the federation endpoint turns into console sign-ins. */
const ACCEPTED = new Set([
  'AssumeRole',
  'AssumeRoleWithSAML',
  'AssumeRoleWithWebIdentity',
  'GetFederationToken',
]);

/** The partition's federation endpoint when it accepts this set, else why not, in words. */
export function federationFor(
  creds: AwsCredentials,
  source: SignInSource,
): Result<{ signin: string; console: string }> {
  if (!hasSessionToken(creds)) {
    return err('Long-term keys cannot sign in to the console: exchange them for a session first.');
  }
  if (!ACCEPTED.has(source.operation)) {
    return err(
      `The federation endpoint accepts role and GetFederationToken sessions, not ${source.operation} credentials.`,
    );
  }
  if (source.endpointUrl === undefined || !isAwsHost(source.endpointUrl)) {
    return err('Only AWS has a console to sign in to: this set is from another endpoint.');
  }
  const partition = partitionOfRegion(source.region ?? 'us-east-1')?.id ?? 'aws';
  const federation = FEDERATION[partition];
  if (federation === undefined)
    return err(`The ${partition} partition has no public sign-in endpoint.`);
  return ok(federation);
}

/** The Session parameter of getSigninToken: the set's keys as the federation endpoint wants them. */
export function sessionJson(creds: AwsCredentials & { sessionToken: string }): string {
  return JSON.stringify({
    sessionId: creds.accessKeyId,
    sessionKey: creds.secretAccessKey,
    sessionToken: creds.sessionToken,
  });
}

type Shell = 'bash' | 'fish' | 'powershell';

/**
 * A snippet that asks the federation endpoint for a sign-in token (curl, or Invoke-RestMethod in
 * PowerShell) and prints the console sign-in URL. The page never calls that endpoint itself.
 */
export function toConsoleSignIn(
  shell: Shell,
  creds: AwsCredentials,
  source: SignInSource,
): Result<string> {
  const federation = federationFor(creds, source);
  if (!federation.ok) return federation;
  if (!hasSessionToken(creds)) return err('No session token.');
  const session = sessionJson(creds);
  const checked = checkTerminalValue(
    { name: 'Session', label: 'the session', value: session },
    'a shell paste',
  );
  if (!checked.ok) return checked;
  const { signin, console: destination } = federation.value;
  const login = `${signin}?Action=login&Issuer=sts-console&Destination=${encodeURIComponent(destination)}&SigninToken=`;
  switch (shell) {
    case 'bash':
      return ok(
        [
          `session=${quoteBash(session)}`,
          `token=$(curl -fsS -G ${quoteBash(signin)} --data-urlencode 'Action=getSigninToken' --data-urlencode "Session=$session" | sed -n 's/.*"SigninToken" *: *"\\([^"]*\\)".*/\\1/p')`,
          `urlencode() { local s=$1 o= c i; for ((i = 0; i < \${#s}; i++)); do c=\${s:i:1}; case $c in [A-Za-z0-9._~-]) o+=$c ;; *) printf -v c '%%%02X' "'$c"; o+=$c ;; esac; done; printf '%s' "$o"; }`,
          `if [ -n "$token" ]; then printf '%s\\n' ${quoteBash(login)}"$(urlencode "$token")"; else echo 'No sign-in token: the federation endpoint refused this session.' >&2; fi`,
          'unset session token',
          '',
        ].join('\n'),
      );
    case 'fish':
      return ok(
        [
          `set -l session ${quoteFish(session)}`,
          `set -l token (curl -fsS -G ${quoteFish(signin)} --data-urlencode 'Action=getSigninToken' --data-urlencode "Session=$session" | string match -r -g '"SigninToken"\\s*:\\s*"([^"]*)"')`,
          `if test -n "$token"; printf '%s\\n' ${quoteFish(login)}(string escape --style=url -- $token); else; echo 'No sign-in token: the federation endpoint refused this session.' >&2; end`,
          '',
        ].join('\n'),
      );
    case 'powershell':
      return ok(
        [
          `$session = ${quotePowerShell(session)}`,
          `$reply = Invoke-RestMethod -Uri (${quotePowerShell(`${signin}?Action=getSigninToken&Session=`)} + [uri]::EscapeDataString($session))`,
          `${quotePowerShell(login)} + [uri]::EscapeDataString($reply.SigninToken)`,
          'Remove-Variable session, reply',
          '',
        ].join('\n'),
      );
  }
}
