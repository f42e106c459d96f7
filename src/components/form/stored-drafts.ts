import { savableDraft } from './savable-draft.ts';

/** What a reload brings back of one form: its non-secret values, and those of its last send. */
export interface StoredDraft {
  values: Record<string, unknown>;
  /** The non-secret values at the last send; absent when the form was never sent. */
  sent?: Record<string, unknown> | undefined;
}

const VERSION = 1;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Only the savable part, whatever the caller passes or storage held. */
function savable(form: string, draft: StoredDraft): StoredDraft {
  const values = savableDraft(form, draft.values);
  return draft.sent ? { values, sent: savableDraft(form, draft.sent) } : { values };
}

/**
 * Pure: the text to store for these drafts, each cut down to its savable members; undefined
 * when there is nothing to store (the caller removes the key then).
 */
export function encodeStoredDrafts(drafts: ReadonlyMap<string, StoredDraft>): string | undefined {
  if (drafts.size === 0) return undefined;
  const out: Record<string, StoredDraft> = {};
  for (const [form, draft] of drafts) out[form] = savable(form, draft);
  return JSON.stringify({ version: VERSION, drafts: out });
}

/**
 * Pure: the drafts in stored text, each cut down to its savable members again (the text may be
 * old or edited by hand); nothing for text that is missing or not what encodeStoredDrafts wrote.
 */
export function decodeStoredDrafts(text: string | undefined): Map<string, StoredDraft> {
  const drafts = new Map<string, StoredDraft>();
  if (text === undefined) return drafts;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return drafts;
  }
  if (!isRecord(parsed) || parsed.version !== VERSION || !isRecord(parsed.drafts)) return drafts;
  for (const [form, draft] of Object.entries(parsed.drafts)) {
    if (!isRecord(draft) || !isRecord(draft.values)) continue;
    const sent = isRecord(draft.sent) ? draft.sent : undefined;
    drafts.set(form, savable(form, { values: draft.values, sent }));
  }
  return drafts;
}
