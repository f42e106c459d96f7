import { replaceRecipe } from '../lib/recipes/recipe-edit.ts';
import { mergeRecipes, parseRecipes, type Recipe } from '../lib/recipes/recipe.ts';
import { createPersistedStore, useStore } from './persisted-store.ts';

/** Saved role recipes (from pasted ~/.aws/config profiles). NON-SECRET: persisted in localStorage. */
export const recipesStore = createPersistedStore<readonly Recipe[]>(
  'sts-console.recipes.v1',
  [],
  parseRecipes,
);

/** Every recipe; re-renders when they change. */
export function useRecipes(): readonly Recipe[] {
  return useStore(recipesStore);
}

/** Adds recipes, replacing those with the same name. */
export function addRecipes(recipes: readonly Recipe[]): void {
  recipesStore.set(mergeRecipes(recipesStore.get(), recipes));
}

/** Replaces the recipe named `name` (an edit may rename it: recipes it was the source of follow). */
export function updateRecipe(name: string, recipe: Recipe): void {
  recipesStore.set(replaceRecipe(recipesStore.get(), name, recipe));
}

/** Removes one recipe. */
export function removeRecipe(name: string): void {
  recipesStore.set(recipesStore.get().filter((r) => r.name !== name));
}
