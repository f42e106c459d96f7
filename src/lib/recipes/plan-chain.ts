import { err, ok, type Result } from '../result.ts';
import { signerKind } from '../wallet/signer-kind.ts';
import type { WalletEntry } from '../wallet/wallet-store.ts';
import type { Recipe } from './recipe.ts';

/** STS caps a session assumed with a role session's credentials (role chaining) at one hour. */
export const CHAINING_CAP_SECONDS = 3600;

/** One AssumeRole call of a chain: its recipe and the AssumeRole form values. */
export interface ChainStep {
  recipe: Recipe;
  values: Record<string, string | number>;
  /** An MFA code must be typed before this step can be sent. */
  needsMfa: boolean;
  /** The recipe's duration was cut to the chaining cap. */
  capped: boolean;
}

/** A chain to run: the set that signs the first step, then the steps in order. */
export interface ChainPlan {
  source: WalletEntry;
  steps: ChainStep[];
}

/** In words, what a recipe needs before Assume can run it (a source set, an MFA code). */
export function recipeNeeds(recipe: Recipe, recipes: readonly Recipe[]): string[] {
  const needs: string[] = [];
  const path = recipePath(recipe.name, recipes);
  const top = path.ok ? path.value[0] : undefined;
  const root = top?.sourceProfile;
  needs.push(
    root === undefined
      ? 'a source set (the signer you pick)'
      : `a source set: the keys of profile ${root}`,
  );
  if (path.ok && path.value.some((r) => r.mfaSerial !== undefined)) needs.push('an MFA code');
  return needs;
}

/** The recipes from the one nearest the keys down to `name`, following source_profile. */
export function recipePath(name: string, recipes: readonly Recipe[]): Result<Recipe[]> {
  const path: Recipe[] = [];
  let current = recipes.find((r) => r.name === name);
  if (current === undefined) return err(`There is no recipe named ${name}.`);
  while (current !== undefined) {
    if (path.includes(current)) {
      const names = [...path].reverse().map((r) => r.name);
      return err(`The profiles ${[...names, current.name].join(' → ')} form a loop.`);
    }
    path.unshift(current);
    const next: string | undefined = current.sourceProfile;
    current = next === undefined ? undefined : recipes.find((r) => r.name === next);
  }
  return ok(path);
}

/** A role session name from the recipe, or one derived from its profile name (2–64 of [\w+=,.@-]). */
export function sessionNameFor(recipe: Recipe): string {
  if (recipe.roleSessionName !== undefined) return recipe.roleSessionName;
  return `sts-console-${recipe.name.replace(/[^\w+=,.@-]/g, '-')}`.slice(0, 64);
}

/** The AssumeRole form values of one step; `chained` when its signer is a role session. */
export function stepValues(recipe: Recipe, chained: boolean): ChainStep {
  const values: Record<string, string | number> = {
    RoleArn: recipe.roleArn,
    RoleSessionName: sessionNameFor(recipe),
  };
  let capped = false;
  if (recipe.durationSeconds !== undefined) {
    capped = chained && recipe.durationSeconds > CHAINING_CAP_SECONDS;
    values.DurationSeconds = capped ? CHAINING_CAP_SECONDS : recipe.durationSeconds;
  }
  if (recipe.externalId !== undefined) values.ExternalId = recipe.externalId;
  if (recipe.mfaSerial !== undefined) values.SerialNumber = recipe.mfaSerial;
  return { recipe, values, needsMfa: recipe.mfaSerial !== undefined, capped };
}

/**
 * Plans the AssumeRole calls that end in recipe `name`: up the source_profile chain to a live set
 * already in the wallet (a set of that role, or a set imported under the profile's name), or to
 * `picked` (the signer the user chose) when the chain names no keys profile.
 */
export function planChain(
  name: string,
  recipes: readonly Recipe[],
  entries: readonly WalletEntry[],
  isLive: (entry: WalletEntry) => boolean,
  picked: WalletEntry | undefined,
): Result<ChainPlan> {
  const path = recipePath(name, recipes);
  if (!path.ok) return path;
  const live = entries.filter(isLive);
  let start = 0;
  let source: WalletEntry | undefined;
  // The nearest intermediate role with a live set saves the calls above it (not the target: it is what we want anew).
  for (let i = path.value.length - 2; i >= 0 && source === undefined; i--) {
    const found = live.find((e) => e.source.params.RoleArn === path.value[i]?.roleArn);
    if (found !== undefined) {
      source = found;
      start = i + 1;
    }
  }
  if (source === undefined) {
    const root = path.value[0]?.sourceProfile;
    source =
      (root === undefined ? undefined : live.find((e) => importedProfile(e) === root)) ?? picked;
    if (source === undefined) {
      return err(
        root === undefined
          ? `${name} needs a source set: choose one with "Use as signer", then Assume again.`
          : `${name} needs the keys of profile ${root}: paste them (a [${root}] profile or exported variables) or choose a signer, then Assume again.`,
      );
    }
  }
  const steps: ChainStep[] = [];
  let chained = signerKind(source) === 'role-session';
  for (const recipe of path.value.slice(start)) {
    steps.push(stepValues(recipe, chained));
    chained = true;
  }
  return ok({ source, steps });
}

/** The profile name a set was imported under, if any. */
export function importedProfile(entry: WalletEntry): string | undefined {
  const profile = entry.source.params.profile;
  return typeof profile === 'string' ? profile : undefined;
}
