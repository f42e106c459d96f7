/**
 * What the user typed per form, kept in memory while they move between operations so nothing is
 * lost. Memory only (it may hold tokens); wiped with the wallet on pagehide.
 */
const drafts = new Map<string, Record<string, unknown>>();

export function readDraft(key: string): Record<string, unknown> | undefined {
  return drafts.get(key);
}

export function saveDraft(key: string, values: Record<string, unknown>): void {
  drafts.set(key, values);
}

const replaceListeners = new Set<(key: string, values: Record<string, unknown>) => void>();

/** Replaces a draft from outside the form (Run again, decode in place); a mounted form resets to it. */
export function replaceDraft(key: string, values: Record<string, unknown>): void {
  drafts.set(key, values);
  for (const listener of replaceListeners) listener(key, values);
}

/** A mounted form listens for replaced drafts. */
export function onDraftReplaced(
  listener: (key: string, values: Record<string, unknown>) => void,
): () => void {
  replaceListeners.add(listener);
  return () => replaceListeners.delete(listener);
}

const submitRequests = new Set<string>();
const submitListeners = new Set<(key: string) => void>();

/**
 * Asks the form with this key to send itself once (Run again): a mounted form does it at once, a
 * form that mounts later does it on mount. The form still validates and still honours a block.
 */
export function requestSubmit(key: string): void {
  submitRequests.add(key);
  for (const listener of submitListeners) listener(key);
}

/** True once per request: the form that takes it sends. */
export function takeSubmitRequest(key: string): boolean {
  return submitRequests.delete(key);
}

/** A mounted form listens for submit requests. */
export function onSubmitRequested(listener: (key: string) => void): () => void {
  submitListeners.add(listener);
  return () => submitListeners.delete(listener);
}

/** A copy of every draft as it is now (to hold for an Undo of "Clear everything"). */
export function copyDrafts(): ReadonlyMap<string, Record<string, unknown>> {
  return new Map(drafts);
}

export function clearDrafts(): void {
  submitRequests.clear();
  drafts.clear();
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', clearDrafts);
}
