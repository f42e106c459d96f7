import { useId, useState } from 'react';
import {
  checkRecipeDraft,
  recipeDraft,
  RECIPE_FIELDS,
  type RecipeDraftErrors,
} from '../../lib/recipes/recipe-edit.ts';
import type { Recipe } from '../../lib/recipes/recipe.ts';
import { recipesStore, updateRecipe } from '../../state/recipes.ts';

const HINTS: Partial<Record<(typeof RECIPE_FIELDS)[number][0], string>> = {
  region: 'e.g. eu-west-1; with no endpoint URL, AWS STS in that region',
  endpointUrl: 'endpoint_url or [services] sts endpoint_url, e.g. http://localhost:4566',
  stsRegionalEndpoints: 'regional, or legacy for the global endpoint',
};

export interface RecipeEditorProps {
  recipe: Recipe;
  onDone: () => void;
}

/** Edits every field of a recipe, the name too; each problem is said at its field, nothing saved until none. */
export function RecipeEditor({ recipe, onDone }: RecipeEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState(() => recipeDraft(recipe));
  const [errors, setErrors] = useState<RecipeDraftErrors>({});
  return (
    <form
      className="recipe__editor"
      aria-label={`Edit recipe ${recipe.name}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const checked = checkRecipeDraft(draft, recipe, recipesStore.get());
        if (!checked.ok) {
          setErrors(checked.error);
          const first = RECIPE_FIELDS.find(([key]) => checked.error[key] !== undefined);
          if (first) document.getElementById(`${id}-${first[0]}`)?.focus();
          return;
        }
        updateRecipe(recipe.name, checked.value);
        onDone();
      }}
    >
      {RECIPE_FIELDS.map(([key, label]) => {
        const error = errors[key];
        const hint = HINTS[key];
        const described = [hint ? `${id}-${key}-hint` : '', error ? `${id}-${key}-error` : '']
          .filter(Boolean)
          .join(' ');
        return (
          <div className="field" key={key}>
            <label htmlFor={`${id}-${key}`}>{label}</label>
            <input
              id={`${id}-${key}`}
              className="input"
              value={draft[key]}
              inputMode={key === 'durationSeconds' ? 'numeric' : undefined}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={error !== undefined}
              aria-describedby={described || undefined}
              onChange={(e) => {
                setDraft({ ...draft, [key]: e.target.value });
              }}
            />
            {hint ? (
              <p id={`${id}-${key}-hint`} className="field__hint">
                {hint}
              </p>
            ) : null}
            {error ? (
              <p id={`${id}-${key}-error`} className="field__error">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <button type="submit" className="button button--small">
        Save
      </button>
      <button type="button" className="button button--small button--ghost" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}
