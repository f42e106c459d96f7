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

export function clearDrafts(): void {
  drafts.clear();
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', clearDrafts);
}
