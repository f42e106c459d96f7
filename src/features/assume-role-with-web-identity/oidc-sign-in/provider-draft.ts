import {
  DEFAULT_SCOPES,
  oidcProviderSchema,
  sameName,
  type OidcProvider,
} from '../../../lib/oidc/provider-settings.ts';

/** The provider editor's fields, as typed. */
export interface ProviderDraft {
  name: string;
  issuer: string;
  clientId: string;
  scopes: string;
  audience: string;
  audienceParameter: 'audience' | 'resource';
  roleArn: string;
}

export type DraftErrors = Partial<Record<keyof ProviderDraft, string>>;

export const emptyDraft: ProviderDraft = {
  name: '',
  issuer: '',
  clientId: '',
  scopes: DEFAULT_SCOPES,
  audience: '',
  audienceParameter: 'audience',
  roleArn: '',
};

/** Pure: the editor's fields for a saved provider. */
export function draftOf(provider: OidcProvider): ProviderDraft {
  return {
    name: provider.name,
    issuer: provider.issuer,
    clientId: provider.clientId,
    scopes: provider.scopes,
    audience: provider.audience ?? '',
    audienceParameter: provider.audienceParameter,
    roleArn: provider.roleArn ?? '',
  };
}

/**
 * Pure: the provider to save, or the first error per field. `others` are the names already taken
 * (the provider being edited excluded).
 */
export function validateDraft(
  draft: ProviderDraft,
  others: readonly string[],
): { ok: true; value: OidcProvider } | { ok: false; errors: DraftErrors } {
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
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}
