import { describe, expect, it } from 'vitest';
import { draftOf, emptyDraft } from './provider-draft.ts';
import { validateDraft } from './validate-provider-draft.ts';

const draft = {
  ...emptyDraft,
  name: 'Keycloak',
  issuer: 'https://kc.example.com/realms/demo',
  clientId: 'console',
};

describe('validateDraft', () => {
  it('turns a complete draft into a provider and back', () => {
    const result = validateDraft(draft, ['Sandbox']);
    expect(result.ok).toBe(true);
    if (result.ok) expect(draftOf(result.value)).toEqual(draft);
  });

  it('gives the first error per field', () => {
    const result = validateDraft({ ...emptyDraft, issuer: 'http://kc.example.com' }, []);
    expect(result).toEqual({
      ok: false,
      error: {
        name: 'Give the provider a name, e.g. "Okta" or "Keycloak".',
        issuer: 'The issuer must use https (plain http is allowed only on 127.0.0.1 or localhost).',
        clientId: 'Enter the client ID registered at the provider.',
      },
    });
  });

  it('refuses a name another provider has', () => {
    expect(validateDraft(draft, ['keycloak'])).toEqual({
      ok: false,
      error: { name: 'There is already a provider named “Keycloak”.' },
    });
  });
});
