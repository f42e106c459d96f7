import { ok, type Result } from '../result.ts';
import type { Recipe } from '../recipes/recipe.ts';
import type { AwsCredentials, ExportContext } from '../wallet/aws-credentials.ts';
import { toConfigProfile } from './aws-config-writer.ts';
import { configProfile, renderConfig, type ConfigProfile } from './config-file.ts';
import { toCredentialsFileProfile } from './credentials-file.ts';

/** A wallet set to export under a profile name, with where it came from. */
export interface NamedSet {
  name: string;
  credentials: AwsCredentials;
  ctx: ExportContext;
}

/** A profile name from a wallet label: A-Z a-z 0-9 _ . + @ - only, unique among `taken`. */
export function profileNameFor(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .replace(/[^A-Za-z0-9_.+@-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || 'set';
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  return name;
}

/**
 * A ~/.aws/config + ~/.aws/credentials pair that the AWS CLI reads: each set's keys in the
 * credentials file and its region and endpoint in the config; each recipe as a role profile.
 */
export function toProfilesPair(
  sets: readonly NamedSet[],
  recipes: readonly Recipe[],
): Result<{ config: string; credentials: string }> {
  const config: ConfigProfile[] = [];
  const credentials: string[] = [];
  for (const set of sets) {
    const keys = toCredentialsFileProfile(set.credentials, { profileName: set.name });
    if (!keys.ok) return keys;
    credentials.push(keys.value);
    const profile = configProfile(set.name, [], set.ctx);
    if (!profile.ok) return profile;
    config.push(profile.value);
  }
  for (const recipe of recipes) {
    const profile = toConfigProfile({ ...recipe, hasKeys: false, notes: [] });
    if (!profile.ok) return profile;
    config.push(profile.value);
  }
  return ok({ config: renderConfig(config), credentials: credentials.join('\n') });
}
