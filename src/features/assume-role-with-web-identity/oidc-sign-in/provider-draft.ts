import { DEFAULT_SCOPES, type OidcProvider } from '../../../lib/oidc/provider-settings.ts';

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
