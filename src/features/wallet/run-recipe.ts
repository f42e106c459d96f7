import { onDraftReplaced, replaceDraft, requestSubmit } from '../../components/form/drafts.ts';
import { planChain, type ChainStep } from '../../lib/recipes/plan-chain.ts';
import { profileEndpoint } from '../../lib/recipes/recipe-endpoint.ts';
import type { EndpointSettings } from '../../lib/sts/endpoint-settings.ts';
import { bindingRefusal } from '../../lib/wallet/endpoint-binding.ts';
import { hasExpired } from '../../lib/wallet/local-expiry.ts';
import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { endCallEndpoint, sendCallTo } from '../../state/call-endpoint.ts';
import { embeddedSandboxUrl, endpointSettingsStore } from '../../state/endpoint-settings-store.ts';
import { recipesStore } from '../../state/recipes.ts';
import { currentSigner, selectSigner } from '../../state/signer.ts';
import { showToast } from '../../state/toasts.ts';
import { wallet } from '../../state/wallet.ts';

/** How long one AssumeRole of a chain may take before the chain gives up. */
const STEP_TIMEOUT_MS = 30_000;

// A form refilled by anything else (Run again, a link, a paste) is no longer the recipe's call.
onDraftReplaced((key) => {
  endCallEndpoint(key);
});

/**
 * Fills AssumeRole with a step and the signer, as Run again does, pointed at the recipe's own
 * endpoint (if it names one); sends when `send`.
 */
function fillStep(
  step: ChainStep,
  signer: WalletEntry,
  own: EndpointSettings | undefined,
  send: boolean,
): void {
  replaceDraft('AssumeRole', step.values);
  if (own !== undefined)
    sendCallTo('AssumeRole', { settings: own, by: `recipe ${step.recipe.name}` });
  selectSigner(signer.id);
  if (send) requestSubmit('AssumeRole');
  window.location.hash = '#/assume-role';
}

/** Resolves with the set the call signed by `signerId` for `roleArn` puts in the wallet, or undefined. */
function nextSet(signerId: string, roleArn: string, known: ReadonlySet<string>) {
  return new Promise<WalletEntry | undefined>((resolve) => {
    const check = () => {
      const found = wallet
        .getSnapshot()
        .find(
          (e) => !known.has(e.id) && e.parentId === signerId && e.source.params.RoleArn === roleArn,
        );
      if (found === undefined) return;
      stop();
      resolve(found);
    };
    const unsubscribe = wallet.subscribe(check);
    const timer = window.setTimeout(() => {
      stop();
      resolve(undefined);
    }, STEP_TIMEOUT_MS);
    function stop() {
      unsubscribe();
      window.clearTimeout(timer);
    }
  });
}

/**
 * "Assume" on a recipe: plans the chain from a live source set, then fills and sends AssumeRole
 * for each step in order, each signed by the set the previous one produced.
 */
export async function runRecipe(name: string): Promise<void> {
  const now = Date.now();
  const plan = planChain(
    name,
    recipesStore.get(),
    wallet.getSnapshot(),
    (e) => !hasExpired(e, now),
    currentSigner(now),
  );
  if (!plan.ok) {
    showToast(plan.error, 'warning');
    return;
  }
  let signer = plan.value.source;
  for (const step of plan.value.steps) {
    const own = profileEndpoint(step.recipe, embeddedSandboxUrl);
    if (!own.ok) {
      showToast(`${step.recipe.name}: ${own.error}`, 'warning');
      return;
    }
    const refusal = bindingRefusal(
      signer.label,
      signer.binding,
      own.value ?? endpointSettingsStore.get(),
    );
    const known = new Set(wallet.getSnapshot().map((e) => e.id));
    fillStep(step, signer, own.value, !step.needsMfa && refusal === undefined);
    if (refusal !== undefined) {
      showToast(
        `${step.recipe.name}: AssumeRole is filled in but not sent. ${refusal} Choose under Sign with, send, then press Assume on ${name} again to go on.`,
        'warning',
      );
      return;
    }
    const capped = step.capped ? ' (duration cut to 1 hour: role chaining)' : '';
    if (step.needsMfa) {
      showToast(
        `${step.recipe.name}: AssumeRole is filled in${capped}; type the MFA code and send, then press Assume on ${name} again to go on.`,
        'warning',
      );
      return;
    }
    const produced = await nextSet(signer.id, step.recipe.roleArn, known);
    if (produced === undefined) {
      showToast(
        `${step.recipe.name}: AssumeRole returned no credentials; see the page for why.`,
        'warning',
      );
      return;
    }
    signer = produced;
  }
  selectSigner(signer.id);
  showToast(`Assumed ${name}: ${signer.label} is in the wallet and signs the next call.`);
}
