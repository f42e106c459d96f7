/**
 * The one sessionStorage key of every form's non-secret draft (this tab only: a reload brings
 * them back, closing the tab ends them). What goes in is cut down by stored-drafts.ts.
 */
export const DRAFTS_STORAGE_KEY = 'sts-console.form-drafts.v1';

/** What was stored, undefined when nothing is or storage cannot be read. */
export function readStoredDraftsText(): string | undefined {
  try {
    return sessionStorage.getItem(DRAFTS_STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Stores the text, or removes the key for undefined; a full or disabled storage keeps nothing. */
export function writeStoredDraftsText(text: string | undefined): void {
  try {
    if (text === undefined) sessionStorage.removeItem(DRAFTS_STORAGE_KEY);
    else sessionStorage.setItem(DRAFTS_STORAGE_KEY, text);
  } catch {
    // Storage full or disabled: the drafts live in memory only, as before.
  }
}
