import type { AwsConfigProfile } from '../import-formats/aws-config.ts';

/** A saved way to assume a role: a ~/.aws/config profile with role_arn. NON-SECRET: persisted. */
export interface Recipe {
  /** The profile name, unique among recipes. */
  name: string;
  roleArn: string;
  /** The profile whose credentials sign the call: another recipe, or a set imported under that name. */
  sourceProfile?: string | undefined;
  mfaSerial?: string | undefined;
  externalId?: string | undefined;
  durationSeconds?: number | undefined;
  roleSessionName?: string | undefined;
  region?: string | undefined;
  endpointUrl?: string | undefined;
  /** `regional` or `legacy` (the global endpoint for the legacy regions), as the CLI reads it. */
  stsRegionalEndpoints?: string | undefined;
  /** What the console cannot act on (credential_source, token files…), in words. */
  notes?: readonly string[] | undefined;
}

const TEXT_FIELDS = [
  'sourceProfile',
  'mfaSerial',
  'externalId',
  'roleSessionName',
  'region',
  'endpointUrl',
  'stsRegionalEndpoints',
] as const;

/** The recipe of a profile with role_arn; undefined for other profiles. */
export function recipeFromProfile(profile: AwsConfigProfile): Recipe | undefined {
  if (profile.roleArn === undefined) return undefined;
  const recipe: Recipe = { name: profile.name, roleArn: profile.roleArn };
  for (const field of TEXT_FIELDS) {
    if (profile[field] !== undefined) recipe[field] = profile[field];
  }
  if (profile.durationSeconds !== undefined) recipe.durationSeconds = profile.durationSeconds;
  if (profile.notes.length > 0) recipe.notes = [...profile.notes];
  return recipe;
}

const isText = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= max;

/** Pure: checks recipes read back from storage (old or edited by hand); bad entries are dropped. */
export function parseRecipes(raw: unknown): Recipe[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const recipes: Recipe[] = [];
  for (const item of raw.slice(0, 200)) {
    if (typeof item !== 'object' || item === null) continue;
    const r = item as Record<string, unknown>;
    if (!isText(r.name, 64) || !isText(r.roleArn, 2048)) continue;
    const recipe: Recipe = { name: r.name, roleArn: r.roleArn };
    for (const field of TEXT_FIELDS) {
      const value = r[field];
      if (isText(value, 2048)) recipe[field] = value;
    }
    if (typeof r.durationSeconds === 'number' && Number.isInteger(r.durationSeconds)) {
      recipe.durationSeconds = r.durationSeconds;
    }
    if (Array.isArray(r.notes)) {
      recipe.notes = r.notes.filter((n): n is string => isText(n, 1000)).slice(0, 10);
    }
    if (!recipes.some((x) => x.name === recipe.name)) recipes.push(recipe);
  }
  return recipes;
}

/** Adds or replaces recipes by name, keeping the order of first arrival. */
export function mergeRecipes(current: readonly Recipe[], incoming: readonly Recipe[]): Recipe[] {
  const out = [...current];
  for (const recipe of incoming) {
    const at = out.findIndex((r) => r.name === recipe.name);
    if (at === -1) out.push(recipe);
    else out[at] = recipe;
  }
  return out;
}
