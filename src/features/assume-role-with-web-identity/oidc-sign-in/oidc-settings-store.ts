import {
  sandboxProvider,
  withRememberedRole,
  type OidcSettings,
} from '../../../lib/oidc/provider-settings.ts';
import { embeddedSandboxUrl } from '../../../state/endpoint-settings-store.ts';
import { createLazilyParsedStore, useStore } from '../../../state/persisted-store.ts';

/** Saved identity providers (non-secret). Beside the sandbox, its provider comes preconfigured. */
export const oidcSettingsStore = createLazilyParsedStore<OidcSettings>(
  'sts-console.oidc-providers.v1',
  { providers: embeddedSandboxUrl ? [sandboxProvider(embeddedSandboxUrl)] : [] },
  async () => (await import('../../../lib/oidc/provider-schema.ts')).parseOidcSettings,
);

/** The saved identity providers; re-renders when they change. */
export function useOidcSettings(): OidcSettings {
  return useStore(oidcSettingsStore);
}

/** Remembers the role to prefill next time for a provider (only if it is a role ARN). */
export async function rememberRoleFor(provider: string, roleArn: unknown): Promise<void> {
  if (typeof roleArn !== 'string') return;
  await oidcSettingsStore.ready;
  const current = oidcSettingsStore.get();
  const next = withRememberedRole(current, provider, roleArn);
  if (next !== current) oidcSettingsStore.set(next);
}
