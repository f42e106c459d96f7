import { useId, useState } from 'react';
import { recipeNeeds } from '../../lib/recipes/plan-chain.ts';
import type { Recipe } from '../../lib/recipes/recipe.ts';
import { removeRecipe, updateRecipe, useRecipes } from '../../state/recipes.ts';
import { RecipeExport } from './recipe-export.tsx';
import { runRecipe } from './run-recipe.ts';

const EDITABLE = [
  ['roleArn', 'Role ARN'],
  ['sourceProfile', 'Source profile'],
  ['mfaSerial', 'MFA serial'],
  ['externalId', 'External ID'],
  ['durationSeconds', 'Duration (seconds)'],
  ['roleSessionName', 'Session name'],
] as const;

type Draft = Record<(typeof EDITABLE)[number][0], string>;

function toDraft(recipe: Recipe): Draft {
  return {
    roleArn: recipe.roleArn,
    sourceProfile: recipe.sourceProfile ?? '',
    mfaSerial: recipe.mfaSerial ?? '',
    externalId: recipe.externalId ?? '',
    durationSeconds: recipe.durationSeconds === undefined ? '' : String(recipe.durationSeconds),
    roleSessionName: recipe.roleSessionName ?? '',
  };
}

function fromDraft(recipe: Recipe, draft: Draft): Recipe {
  const text = (v: string) => (v.trim() === '' ? undefined : v.trim());
  const duration = Number(draft.durationSeconds);
  return {
    ...recipe,
    roleArn: draft.roleArn.trim() === '' ? recipe.roleArn : draft.roleArn.trim(),
    sourceProfile: text(draft.sourceProfile),
    mfaSerial: text(draft.mfaSerial),
    externalId: text(draft.externalId),
    durationSeconds: Number.isInteger(duration) && duration > 0 ? duration : undefined,
    roleSessionName: text(draft.roleSessionName),
  };
}

function RecipeEditor({ recipe, onDone }: { recipe: Recipe; onDone: () => void }) {
  const id = useId();
  const [draft, setDraft] = useState(() => toDraft(recipe));
  return (
    <form
      className="recipe__editor"
      aria-label={`Edit recipe ${recipe.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        updateRecipe(recipe.name, fromDraft(recipe, draft));
        onDone();
      }}
    >
      {EDITABLE.map(([key, label]) => (
        <div className="field" key={key}>
          <label htmlFor={`${id}-${key}`}>{label}</label>
          <input
            id={`${id}-${key}`}
            className="input"
            value={draft[key]}
            inputMode={key === 'durationSeconds' ? 'numeric' : undefined}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => {
              setDraft({ ...draft, [key]: e.target.value });
            }}
          />
        </div>
      ))}
      <button type="submit" className="button button--small">
        Save
      </button>
      <button type="button" className="button button--small button--ghost" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}

function RecipeItem({ recipe, all }: { recipe: Recipe; all: readonly Recipe[] }) {
  const [editing, setEditing] = useState(false);
  return (
    <li className="wallet__item recipe" aria-label={`Recipe ${recipe.name}`}>
      <div className="wallet__row recipe__name">{recipe.name}</div>
      <div className="wallet__identity recipe__role">{recipe.roleArn}</div>
      <div className="wallet__source recipe__needs">
        Needs {recipeNeeds(recipe, all).join(' and ')}
      </div>
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
