import { useState } from 'react';
import { recipeNeeds } from '../../lib/recipes/plan-chain.ts';
import type { Recipe } from '../../lib/recipes/recipe.ts';
import { describeRecipeEndpoint, profileEndpoint } from '../../lib/recipes/recipe-endpoint.ts';
import { embeddedSandboxUrl, useEndpointSettings } from '../../state/endpoint-settings-store.ts';
import { removeRecipe, useRecipes } from '../../state/recipes.ts';
import { RecipeEditor } from './recipe-editor.tsx';
import { RecipeExport } from './recipe-export.tsx';
import { runRecipe } from './run-recipe.ts';

function RecipeItem({ recipe, all }: { recipe: Recipe; all: readonly Recipe[] }) {
  const [editing, setEditing] = useState(false);
  const tab = useEndpointSettings();
  const where = describeRecipeEndpoint(profileEndpoint(recipe, embeddedSandboxUrl), tab);
  return (
    <li className="wallet__item recipe" aria-label={`Recipe ${recipe.name}`}>
      <div className="wallet__row recipe__name">{recipe.name}</div>
      <div className="wallet__identity recipe__role">{recipe.roleArn}</div>
      <div className="wallet__source recipe__needs">
        Needs {recipeNeeds(recipe, all).join(' and ')}
      </div>
      <p className={where.differs ? 'callout callout--warning recipe__endpoint' : 'field__hint'}>
        {where.text}
      </p>
      {recipe.notes?.map((note) => (
        <p key={note} className="field__hint">
          {note}
        </p>
      ))}
      <div className="wallet__actions">
        <button
          type="button"
          className="button button--small"
          aria-label={`Assume ${recipe.name}`}
          onClick={() => {
            void runRecipe(recipe.name);
          }}
        >
          Assume
        </button>
        <button
          type="button"
          className="button button--small"
          aria-expanded={editing}
          aria-label={`Edit ${recipe.name}`}
          onClick={() => {
            setEditing((v) => !v);
          }}
        >
          Edit
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          aria-label={`Remove recipe ${recipe.name}`}
          onClick={() => {
            removeRecipe(recipe.name);
          }}
        >
          Remove
        </button>
      </div>
      {editing ? (
        <RecipeEditor
          recipe={recipe}
          onDone={() => {
            setEditing(false);
          }}
        />
      ) : null}
    </li>
  );
}

/** Saved role recipes (from pasted ~/.aws/config profiles), each with what it needs and Assume. */
export function RecipesPanel() {
  const recipes = useRecipes();
  if (recipes.length === 0) return null;
  return (
    <section className="recipes" aria-labelledby="recipes-title">
      <h3 id="recipes-title">Recipes</h3>
      <ul className="wallet__list recipes__list">
        {recipes.map((recipe) => (
          <RecipeItem key={recipe.name} recipe={recipe} all={recipes} />
        ))}
      </ul>
      <RecipeExport recipes={recipes} />
    </section>
  );
}
