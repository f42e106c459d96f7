// Loaded when the editor saves: it brings zod, which the first screen does not wait for.
import { oidcProviderSchema } from '../../../lib/oidc/provider-schema.ts';
import { sameName, type OidcProvider } from '../../../lib/oidc/provider-settings.ts';
import { err, ok, type Result } from '../../../lib/result.ts';
import type { DraftErrors, ProviderDraft } from './provider-draft.ts';

/**
 * Pure: the provider to save, or the first error per field. `others` are the names already taken
 * (the provider being edited excluded).
 */
export function validateDraft(
  draft: ProviderDraft,
  others: readonly string[],
): Result<OidcProvider, DraftErrors> {
  const parsed = oidcProviderSchema.safeParse(draft);
  const errors: DraftErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (typeof key === 'string' && key in draft && !(key in errors)) {
        errors[key as keyof ProviderDraft] = issue.message;
      }
    }
  }
  if (!errors.name && others.some((name) => sameName(name, draft.name))) {
    errors.name = `There is already a provider named “${draft.name.trim()}”.`;
  }
  if (!parsed.success || Object.keys(errors).length > 0) return err(errors);
  return ok(parsed.data);
}
