/**
 * Loads the identity world from sandbox/world.json: checks its shape, replaces `{sandbox}` in URLs
 * with the running sandbox's base URL, and checks every key ID in the current layout decodes to the
 * account (an ID in the older layout carries no account: listing it here is what makes it the
 * account's).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { readKeyIdAccount } from '../auth/access-key.ts';
import { err, ok, type Result } from '../lib/result.ts';
import { trustPolicySchema, type TrustPolicyDocument } from './trust-policy.ts';

const worldSchema = z.object({
  accountId: z.string().regex(/^\d{12}$/),
  memberAccounts: z.array(z.string().regex(/^\d{12}$/)),
  region: z.string(),
  audience: z.string(),
  users: z
    .array(
      z.object({
        name: z.string(),
        userId: z.string(),
        accessKeys: z.array(z.object({ accessKeyId: z.string(), secretAccessKey: z.string() })),
        mfa: z.object({ serialNumber: z.string(), secretBase32: z.string() }).optional(),
      }),
    )
    .min(1),
  oidcProviders: z.array(z.object({ url: z.string(), clientIds: z.array(z.string()) })),
  samlProviders: z.array(z.object({ name: z.string(), certificateFile: z.string() })),
  roles: z.array(
    z.object({
      name: z.string(),
      roleId: z.string(),
      maxSessionDuration: z.number().int().min(3600).max(43200),
      trustPolicy: trustPolicySchema,
    }),
  ),
});

type WorldFile = z.infer<typeof worldSchema>;

export interface WorldUser {
  name: string;
  userId: string;
  arn: string;
  accessKeys: { accessKeyId: string; secretAccessKey: string }[];
  mfa?: { serialNumber: string; secretBase32: string };
}
export interface WorldRole {
  name: string;
  roleId: string;
  arn: string;
  maxSessionDuration: number;
  /** The role's trust policy, placeholders expanded (see expandPlaceholders). */
  trustPolicy: TrustPolicyDocument;
}
export interface SamlProvider {
  name: string;
  arn: string;
  certificatePem: string;
}
export interface World {
  accountId: string;
  memberAccounts: string[];
  region: string;
  audience: string;
  users: WorldUser[];
  roles: WorldRole[];
  oidcProviders: { url: string; clientIds: string[] }[];
  samlProviders: SamlProvider[];
}

/** The default world file beside the sandbox's cli.ts. */
export const DEFAULT_WORLD_FILE = resolve(import.meta.dirname, '../../world.json');

/** Replaces `{sandbox}` with the base URL (no trailing slash). */
export function expandUrl(text: string, sandboxUrl: string): string {
  return text.split('{sandbox}').join(sandboxUrl.replace(/\/$/, ''));
}

/** The sandbox's OIDC provider as IAM names it in ARNs and condition keys: host:port/oidc. */
export function sandboxOidcProviderName(sandboxUrl: string): string {
  return `${expandUrl('{sandbox}', sandboxUrl).replace(/^[a-z]+:\/\//i, '')}/oidc`;
}

/**
 * Replaces `{sandbox}` (the base URL) and `{oidc}` (the OIDC provider's IAM name) in every string
 * and every object key of a trust policy: the port, and so the provider's name, varies.
 */
export function expandPlaceholders(value: unknown, sandboxUrl: string): unknown {
  const text = (s: string) =>
    expandUrl(s, sandboxUrl).split('{oidc}').join(sandboxOidcProviderName(sandboxUrl));
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) return value.map((v) => expandPlaceholders(v, sandboxUrl));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [text(k), expandPlaceholders(v, sandboxUrl)]),
    );
  }
  return value;
}

/** Reads and checks a world file; certificate paths are relative to the file's folder. */
export function loadWorld(file: string, sandboxUrl: string): Result<World, string> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return err(`cannot read ${file}: ${String(error)}`);
  }
  const parsed = worldSchema.safeParse(json);
  if (!parsed.success) return err(`${file} is not a valid world: ${parsed.error.message}`);
  try {
    return buildWorld(parsed.data, dirname(file), sandboxUrl);
  } catch (error) {
    return err(`${file}: ${String(error)}`);
  }
}

function buildWorld(data: WorldFile, folder: string, sandboxUrl: string): Result<World, string> {
  const account = data.accountId;
  const ids = [
    ...data.users.flatMap((u) => [u.userId, ...u.accessKeys.map((k) => k.accessKeyId)]),
    ...data.roles.map((r) => r.roleId),
  ];
  for (const id of ids) {
    const read = readKeyIdAccount(id);
    if (!read.ok || (read.value.layout === 'current' && read.value.account !== account)) {
      return err(`${id} does not decode to account ${account}`);
    }
  }
  const expand = (s: string) => expandUrl(s, sandboxUrl);
  return ok({
    accountId: account,
    memberAccounts: data.memberAccounts,
    region: data.region,
    audience: data.audience,
    users: data.users.map((u) => ({ ...u, arn: `arn:aws:iam::${account}:user/${u.name}` })),
    roles: data.roles.map((r) => ({
      ...r,
      arn: `arn:aws:iam::${account}:role/${r.name}`,
      trustPolicy: trustPolicySchema.parse(expandPlaceholders(r.trustPolicy, sandboxUrl)),
    })),
    oidcProviders: data.oidcProviders.map((p) => ({ ...p, url: expand(p.url) })),
    samlProviders: data.samlProviders.map((p) => ({
      name: p.name,
      arn: `arn:aws:iam::${account}:saml-provider/${p.name}`,
      certificatePem: readFileSync(resolve(folder, p.certificateFile), 'utf8'),
    })),
  });
}

/** True when the world lists this access key ID or unique ID (user, access key, role). */
export function worldListsId(world: World, id: string): boolean {
  return (
    world.users.some((u) => u.userId === id || u.accessKeys.some((k) => k.accessKeyId === id)) ||
    world.roles.some((r) => r.roleId === id)
  );
}
