import { readDraft, replaceDraft } from '../../components/form/drafts.ts';
import { recipeFromProfile, type Recipe } from '../../lib/recipes/recipe.ts';
import type { DetectedPaste } from '../../lib/import-formats/detect-paste.ts';
import { addRecipes } from '../../state/recipes.ts';
import { showToast } from '../../state/toasts.ts';
import { wallet } from '../../state/wallet.ts';
import { embeddedSandboxUrl, endpointSettingsStore } from '../../state/endpoint-settings-store.ts';
import { bindingTo } from '../../lib/wallet/endpoint-binding.ts';
import { profileEndpoint } from '../../lib/recipes/recipe-endpoint.ts';
import { focusAfterPaste } from './focus-next-field.ts';
import { routePaste } from './route-paste.ts';

/**
 * Recognises pasted text and puts it where it belongs; returns a message when it can't. The
 * recognisers load on first use, so the first screen doesn't carry them.
 */
export async function acceptPaste(text: string): Promise<string | undefined> {
  const { detectPaste } = await import('../../lib/import-formats/detect-paste.ts');
  const detected = detectPaste(text);
  const route = routePaste(detected);
  if (route.kind === 'unknown') return route.message;
  if (route.kind === 'form') {
    replaceDraft(route.operation, { ...readDraft(route.operation), [route.field]: route.value });
    window.location.hash = `#/${route.slug}`;
    showToast(`Recognised ${route.what}: it is in the ${route.operation} form.`);
    // Not the section heading: the field the user has to fill next (or the button to send).
    focusAfterPaste(route.field, route.value);
    return undefined;
  }
  if (detected.kind === 'aws-config') {
    acceptConfig(detected, route.what);
    return undefined;
  }
  if (detected.kind === 'credentials') {
    const c = detected.credentials;
    const known = wallet.getSnapshot().find((e) => e.credentials.accessKeyId === c.accessKeyId);
    wallet.add({
      label: c.identityArn?.split(':').pop() ?? `Imported ${c.accessKeyId.slice(0, 8)}…`,
      credentials: {
        accessKeyId: c.accessKeyId,
        secretAccessKey: c.secretAccessKey,
        sessionToken: c.sessionToken,
        expiration: c.expiration,
      },
      source: { operation: 'Import', params: { format: c.source }, region: c.region },
      binding: bindingTo(endpointSettingsStore.get()),
      identity: c.identityArn
        ? { arn: c.identityArn, account: c.identityArn.split(':')[4] }
        : undefined,
    });
    showToast(
      known
        ? `Recognised ${route.what}: its key is already in the wallet as “${known.label}”, which now holds what was pasted.`
        : `Imported ${route.what} into the wallet.`,
    );
  }
  return undefined;
}

/**
 * Keys of a pasted config go to the wallet (memory) under their profile name, bound to where that
 * profile sends calls (its endpoint_url or region; else where the tab does); roles become recipes.
 */
function acceptConfig(
  detected: Extract<DetectedPaste, { kind: 'aws-config' }>,
  what: string,
): void {
  for (const { profile, credentials: c } of detected.keys) {
    const fields = detected.config.profiles.find((p) => p.name === profile) ?? {};
    const own = profileEndpoint(fields, embeddedSandboxUrl);
    wallet.add({
      label: profile,
      credentials: {
        accessKeyId: c.accessKeyId,
        secretAccessKey: c.secretAccessKey,
        sessionToken: c.sessionToken,
        expiration: c.expiration,
      },
      source: { operation: 'Import', params: { format: c.source, profile }, region: c.region },
      binding: bindingTo((own.ok ? own.value : undefined) ?? endpointSettingsStore.get()),
    });
  }
  const recipes = detected.config.profiles
    .map(recipeFromProfile)
    .filter((r): r is Recipe => r !== undefined);
  addRecipes(recipes);
  const notes = detected.config.notes;
  showToast(
    `Recognised ${what}: ${recipes.length} recipe${recipes.length === 1 ? '' : 's'} saved under Recipes.${notes.length > 0 ? ` ${notes.join(' ')}` : ''}`,
    notes.length > 0 ? 'warning' : 'info',
  );
}
