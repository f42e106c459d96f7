/** The `world --json` summary: the demo identities a console user needs, ARNs as strings. */
import type { World } from './world/world-config.ts';

export interface WorldSummary {
  endpoint: string;
  region: string;
  accountId: string;
  memberAccount: string;
  issuer: string;
  audience: string;
  user: {
    arn: string;
    accessKeyId: string;
    secretAccessKey: string;
    mfaSerial: string;
    mfaSecretBase32: string;
  };
  roles: { webIdentity: string; admin: string; mfa: string; saml: string };
  samlProvider: string;
}

function roleArn(world: World, name: string): string {
  const role = world.roles.find((r) => r.name === name);
  if (role === undefined) throw new Error(`the world has no role ${name}`);
  return role.arn;
}

/** Summarises a world served at `endpoint`. */
export function summarizeWorld(world: World, endpoint: string): WorldSummary {
  const user = world.users[0];
  const key = user?.accessKeys[0];
  const saml = world.samlProviders[0];
  if (user === undefined || key === undefined || user.mfa === undefined || saml === undefined) {
    throw new Error(
      'the world needs a user with an access key and an MFA device, and a SAML provider',
    );
  }
  return {
    endpoint,
    region: world.region,
    accountId: world.accountId,
    memberAccount: world.memberAccounts[0] ?? '',
    issuer: `${endpoint}/oidc`,
    audience: world.audience,
    user: {
      arn: user.arn,
      accessKeyId: key.accessKeyId,
      secretAccessKey: key.secretAccessKey,
      mfaSerial: user.mfa.serialNumber,
      mfaSecretBase32: user.mfa.secretBase32,
    },
    roles: {
      webIdentity: roleArn(world, 'WebIdentityDemo'),
      admin: roleArn(world, 'Admin'),
      mfa: roleArn(world, 'MfaProtected'),
      saml: roleArn(world, 'SamlDemo'),
    },
    samlProvider: saml.arn,
  };
}

/** The demo world as a console user reads it: endpoint, issuer, the demo user's keys and the roles. */
export function describeWorld(s: WorldSummary): string {
  return `  STS sandbox   ${s.endpoint}   (region ${s.region}, account ${s.accountId}, member account ${s.memberAccount})
  OpenID issuer ${s.issuer}   (audience "${s.audience}")

  Demo user     ${s.user.arn}
    access key  ${s.user.accessKeyId}
    secret key  ${s.user.secretAccessKey}
    MFA device  ${s.user.mfaSerial}   (TOTP secret ${s.user.mfaSecretBase32})
  Roles         ${s.roles.webIdentity}
                ${s.roles.admin}
                ${s.roles.mfa}
                ${s.roles.saml}
  SAML provider ${s.samlProvider}`;
}
