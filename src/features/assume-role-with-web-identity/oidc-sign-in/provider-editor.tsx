import { useState, type KeyboardEvent } from 'react';
import {
  redirectUriFor,
  withProvider,
  withoutProvider,
  type OidcProvider,
} from '../../../lib/oidc/provider-settings.ts';
import { CopyButton } from '../../../components/copy-button.tsx';
import { codeLoadFailure } from '../../../components/code-load-failure.ts';
import { Field } from '../../../components/field.tsx';
import { oidcSettingsStore } from './oidc-settings-store.ts';
import { draftOf, emptyDraft, type DraftErrors, type ProviderDraft } from './provider-draft.ts';

type TextKey = Exclude<keyof ProviderDraft, 'audienceParameter'>;

const FIELDS: { key: TextKey; label: string; placeholder: string; hint?: string }[] = [
  { key: 'name', label: 'Provider name', placeholder: 'e.g. Okta, Keycloak, Entra ID' },
  {
    key: 'issuer',
    label: 'Issuer URL',
    placeholder: 'https://login.example.com/realms/demo',
    hint: 'Its /.well-known/openid-configuration is read on sign-in. Except for the sandbox, the console’s Content-Security-Policy must allow the issuer’s origins (issuer, token endpoint, keys): build with STS_CONSOLE_CONNECT_SRC="https://login.example.com …".',
  },
  {
    key: 'clientId',
    label: 'Client ID',
    placeholder: 'A public client (SPA) — no secret',
  },
  { key: 'scopes', label: 'Scopes', placeholder: 'openid email' },
  {
    key: 'audience',
    label: 'Audience or resource (optional)',
    placeholder: 'https://api.example.com',
  },
  {
    key: 'roleArn',
    label: 'Role ARN to prefill (optional)',
    placeholder: 'arn:aws:iam::111122223333:role/WebIdentityDemo',
    hint: 'Also remembered from the form each time you sign in.',
  },
];

interface EditorState {
  /** Name of the provider being edited, or '' for a new one. */
  editing: string;
  draft: ProviderDraft;
  errors: DraftErrors;
}

/** Add, edit and remove identity providers (saved as non-secret preferences). */
export function ProviderEditor({ providers }: { providers: readonly OidcProvider[] }) {
  const [state, setState] = useState<EditorState | undefined>();
  const redirectUri = redirectUriFor(window.location.href);
  const [loadFailed, setLoadFailed] = useState(false);
  const save = async () => {
    if (!state) return;
    const others = providers.map((p) => p.name).filter((n) => n !== state.editing);
    let validateDraft;
    try {
      ({ validateDraft } = await import('./validate-provider-draft.ts'));
      setLoadFailed(false);
    } catch {
      setLoadFailed(true);
      return;
    }
    const result = validateDraft(state.draft, others);
    if (!result.ok) {
      setState({ ...state, errors: result.error });
      return;
    }
    oidcSettingsStore.set(
      withProvider(oidcSettingsStore.get(), result.value, state.editing || undefined),
    );
    setState(undefined);
  };
  // The editor sits inside the operation form: Enter saves the provider, not the form.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      void save();
    }
  };
  const set = (key: keyof ProviderDraft, value: string) => {
    if (state) setState({ ...state, draft: { ...state.draft, [key]: value } });
  };
  return (
    <div className="oidc-providers">
      <p className="oidc-providers__redirect">
        Register this redirect URI at the provider (as a single-page app / public client):{' '}
        <code>{redirectUri}</code>{' '}
        <CopyButton getText={() => redirectUri} label="Copy the redirect URI">
          Copy
        </CopyButton>
      </p>
      {providers.length > 0 ? (
        <ul className="oidc-providers__list">
          {providers.map((p) => (
            <li key={p.name}>
              <strong>{p.name}</strong> <code>{p.issuer}</code> client <code>{p.clientId}</code>
              {p.roleArn ? (
                <>
                  {' '}
                  role <code>{p.roleArn}</code>
                </>
              ) : null}{' '}
              <button
                type="button"
                className="button button--small button--ghost"
                onClick={() => {
                  setState({ editing: p.name, draft: draftOf(p), errors: {} });
                }}
              >
                Edit {p.name}
              </button>{' '}
              <button
                type="button"
                className="button button--small button--ghost"
                onClick={() => {
                  oidcSettingsStore.set(withoutProvider(oidcSettingsStore.get(), p.name));
                }}
              >
                Remove {p.name}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>No identity provider yet. Add one with its issuer URL and a public client ID.</p>
      )}
      {state ? (
        <div
          className="oidc-providers__editor"
          role="group"
          aria-label="Identity provider"
          onKeyDown={onKeyDown}
        >
          {FIELDS.map(({ key, label, placeholder, hint }) => (
            <Field
              key={key}
              label={label}
              error={state.errors[key]}
              hint={hint}
              required={['name', 'issuer', 'clientId'].includes(key)}
            >
              {(ids) => (
                <input
                  {...ids}
                  className="input input--code"
                  value={state.draft[key]}
                  placeholder={placeholder}
                  autoComplete="off"
                  spellCheck={false}
                  onChange={(e) => {
                    set(key, e.target.value);
                  }}
                />
              )}
            </Field>
          ))}
          <Field label="Send the audience as">
            {(ids) => (
              <select
                {...ids}
                className="input input--inline"
                value={state.draft.audienceParameter}
                onChange={(e) => {
                  set('audienceParameter', e.target.value);
                }}
              >
                <option value="audience">audience (Auth0 and others)</option>
                <option value="resource">resource (RFC 8707)</option>
              </select>
            )}
          </Field>
          <div className="oidc-providers__actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                void save();
              }}
            >
              Save provider
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                setState(undefined);
              }}
            >
              Cancel
            </button>
          </div>
          {loadFailed ? (
            <p role="alert" className="field__error">
              {codeLoadFailure('validation code', 'Nothing was saved: press Save again.')}
            </p>
          ) : null}
        </div>
      ) : (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setState({ editing: '', draft: emptyDraft, errors: {} });
          }}
        >
          Add a provider
        </button>
      )}
    </div>
  );
}
