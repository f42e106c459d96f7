import { checkConfigProfileName } from '../export-formats/aws-config-writer.ts';
import { err, ok, type Result } from '../result.ts';
import type { Recipe } from './recipe.ts';
import { checkRegion, checkStsRegionalEndpoints, profileEndpoint } from './recipe-endpoint.ts';

/** The recipe's editable fields and their labels, in the editor's order. */
export const RECIPE_FIELDS = [
  ['name', 'Profile name'],
  ['roleArn', 'Role ARN'],
  ['sourceProfile', 'Source profile'],
  ['mfaSerial', 'MFA serial'],
  ['externalId', 'External ID'],
  ['durationSeconds', 'Duration (seconds)'],
  ['roleSessionName', 'Session name'],
  ['region', 'Region'],
  ['endpointUrl', 'STS endpoint URL'],
  ['stsRegionalEndpoints', 'sts_regional_endpoints'],
] as const;

export type RecipeField = (typeof RECIPE_FIELDS)[number][0];

/** What the editor holds: every field as typed. */
export type RecipeDraft = Record<RecipeField, string>;

/** Per field, why it cannot be saved as typed. */
export type RecipeDraftErrors = Partial<Record<RecipeField, string>>;

/** Pure: a recipe as the editor's text fields. */
export function recipeDraft(recipe: Recipe): RecipeDraft {
  return {
    name: recipe.name,
    roleArn: recipe.roleArn,
    sourceProfile: recipe.sourceProfile ?? '',
    mfaSerial: recipe.mfaSerial ?? '',
    externalId: recipe.externalId ?? '',
    durationSeconds: recipe.durationSeconds === undefined ? '' : String(recipe.durationSeconds),
    roleSessionName: recipe.roleSessionName ?? '',
    region: recipe.region ?? '',
    endpointUrl: recipe.endpointUrl ?? '',
    stsRegionalEndpoints: recipe.stsRegionalEndpoints ?? '',
  };
}

const optional = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());

/** Pure: the name's problem, if any: a writable profile name no other recipe has. */
function nameProblem(name: string, original: string, all: readonly Recipe[]): string | undefined {
  if (name === '') return 'Enter a profile name.';
  const writable = checkConfigProfileName(name);
  if (!writable.ok) return writable.error;
  if (name !== original && all.some((r) => r.name === name)) {
    return `Another recipe is named ${name}: choose a name no other recipe has.`;
  }
  return undefined;
}

function durationProblem(text: string): string | undefined {
  if (text === '') return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= 900 && n <= 43200
    ? undefined
    : 'Enter whole seconds from 900 to 43200, or leave it empty.';
}

/**
 * Pure: the edited recipe, or per field why not (a clear message for the field itself). Names stay
 * unique among `all`; notes and anything the editor does not show are kept.
 */
export function checkRecipeDraft(
  draft: RecipeDraft,
  original: Recipe,
  all: readonly Recipe[],
): Result<Recipe, RecipeDraftErrors> {
  const name = draft.name.trim();
  const region = optional(draft.region);
  const regional = optional(draft.stsRegionalEndpoints);
  const endpointUrl = optional(draft.endpointUrl);
  const errors: RecipeDraftErrors = {
    name: nameProblem(name, original.name, all),
    roleArn: draft.roleArn.trim() === '' ? 'Enter the role ARN.' : undefined,
    sourceProfile:
      optional(draft.sourceProfile) === name ? 'A recipe cannot be its own source.' : undefined,
    durationSeconds: durationProblem(draft.durationSeconds.trim()),
    region: region === undefined ? undefined : problemOf(checkRegion(region)),
    stsRegionalEndpoints:
      regional === undefined ? undefined : problemOf(checkStsRegionalEndpoints(regional)),
    endpointUrl:
      endpointUrl === undefined
        ? undefined
        : problemOf(profileEndpoint({ endpointUrl }, undefined)),
  };
  const entries = Object.entries(errors) as [RecipeField, string | undefined][];
  const problems: RecipeDraftErrors = Object.fromEntries(
    entries.filter(([, v]) => v !== undefined),
  );
  if (Object.keys(problems).length > 0) return err(problems);
  const duration = draft.durationSeconds.trim();
  return ok({
    ...original,
    name,
    roleArn: draft.roleArn.trim(),
    sourceProfile: optional(draft.sourceProfile),
    mfaSerial: optional(draft.mfaSerial),
    externalId: optional(draft.externalId),
    durationSeconds: duration === '' ? undefined : Number(duration),
    roleSessionName: optional(draft.roleSessionName),
    region,
    endpointUrl,
    stsRegionalEndpoints: regional,
  });
}

function problemOf(result: Result<unknown>): string | undefined {
  return result.ok ? undefined : result.error;
}

/**
 * Pure: the recipes with `name` replaced by `edited`; when it was renamed, recipes whose source
 * profile was the old name follow it.
 */
export function replaceRecipe(recipes: readonly Recipe[], name: string, edited: Recipe): Recipe[] {
  return recipes.map((r) => {
    if (r.name === name) return edited;
    if (edited.name !== name && r.sourceProfile === name) {
      return { ...r, sourceProfile: edited.name };
    }
    return r;
  });
}
