import { readStoredDraftsText, writeStoredDraftsText } from './draft-session-storage.ts';
import { decodeStoredDrafts, encodeStoredDrafts, type StoredDraft } from './stored-drafts.ts';
import { hasUnsentInput } from './unsent-input.ts';

/**
 * What the user typed per form, kept in memory while they move between operations so nothing is
 * lost. Memory holds everything (tokens too) and is wiped on pagehide; the non-secret members go
 * to this tab's sessionStorage as well (stored-drafts.ts cuts them down), so a reload brings them
 * back. Only "Clear everything" removes those.
 */
interface Draft {
  values: Record<string, unknown>;
  /** The values at the last send; undefined while never sent. */
  sent: Record<string, unknown> | undefined;
  /** What the form started with (its defaults), once the form has said. */
  initial: Record<string, unknown> | undefined;
  unsent: boolean;
}

type Values = Record<string, unknown>;

const drafts = new Map<string, Draft>();
let loaded = false;
const changeListeners = new Set<() => void>();

/** The stored drafts, read once per page when a draft is first needed. */
function load(): void {
  if (loaded) return;
  loaded = true;
  for (const [key, { values, sent }] of decodeStoredDrafts(readStoredDraftsText())) {
    drafts.set(key, { values, sent, initial: undefined, unsent: hasUnsentInput(values, sent, {}) });
  }
}

function writeNow(): void {
  const kept = new Map<string, StoredDraft>();
  for (const [key, { values, sent, unsent }] of drafts) {
    if (unsent || sent) kept.set(key, { values, sent });
  }
  writeStoredDraftsText(encodeStoredDrafts(kept));
}

let pendingWrite: ReturnType<typeof setTimeout> | undefined;

/**
 * Storage is written in the task after a change (several changes, one write): not on the way
 * from a keystroke to its echo, nor from "Send" to the request. pagehide writes what is pending.
 */
function persist(): void {
  pendingWrite ??= setTimeout(flushPendingWrite, 0);
}

function flushPendingWrite(): void {
  if (pendingWrite === undefined) return;
  clearTimeout(pendingWrite);
  pendingWrite = undefined;
  writeNow();
}

function put(key: string, values: Values, sent: Values | undefined, initial?: Values): void {
  drafts.set(key, { values, sent, initial, unsent: hasUnsentInput(values, sent, initial) });
  persist();
  for (const listener of changeListeners) listener();
}

export function readDraft(key: string): Values | undefined {
  load();
  return drafts.get(key)?.values;
}

/** A form's values as they are now; `initial` is what the form starts with when never sent. */
export function saveDraft(key: string, values: Values, initial?: Readonly<Values>): void {
  load();
  const old = drafts.get(key);
  put(key, values, old?.sent, old?.initial ?? (initial ? structuredClone(initial) : undefined));
}

/** The form was sent with these values: until they change, it holds nothing unsent. */
export function markDraftSent(key: string, values: Values): void {
  load();
  put(key, values, structuredClone(values), drafts.get(key)?.initial);
}

const replaceListeners = new Set<(key: string, values: Values) => void>();

/** Replaces a draft from outside the form (Run again, decode in place); a mounted form resets to it. */
export function replaceDraft(key: string, values: Values): void {
  load();
  const old = drafts.get(key);
  put(key, values, old?.sent, old?.initial);
  for (const listener of replaceListeners) listener(key, values);
}

/** A mounted form listens for replaced drafts. */
export function onDraftReplaced(listener: (key: string, values: Values) => void): () => void {
  replaceListeners.add(listener);
  return () => replaceListeners.delete(listener);
}

/** True while some form holds input typed (or filled in) since its last send, or never sent. */
export function hasUnsentDrafts(): boolean {
  load();
  return [...drafts.values()].some((draft) => draft.unsent);
}

/** Hears every change of any draft (typing, a send, a clear). */
export function onDraftsChanged(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
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

/** Every draft as it is now, to hold for an Undo of "Clear everything" (opaque to the holder). */
export type HeldDrafts = ReadonlyMap<string, Readonly<Draft>>;

export function copyDrafts(): HeldDrafts {
  load();
  return new Map(drafts);
}

/** Undo of "Clear everything": the held drafts come back, in memory and in storage alike. */
export function restoreDrafts(held: HeldDrafts): void {
  for (const [key, { values, sent, initial }] of held) {
    drafts.set(key, { values, sent, initial, unsent: hasUnsentInput(values, sent, initial) });
  }
  persist();
  for (const listener of changeListeners) listener();
  for (const [key, { values }] of held) {
    for (const listener of replaceListeners) listener(key, values);
  }
}

function forget(): void {
  flushPendingWrite();
  submitRequests.clear();
  drafts.clear();
  for (const listener of changeListeners) listener();
}

/** "Clear everything": every draft goes, from memory and from storage. */
export function clearDrafts(): void {
  loaded = true;
  forget();
  clearTimeout(pendingWrite);
  pendingWrite = undefined;
  writeStoredDraftsText(undefined);
}

if (typeof window !== 'undefined') {
  // Leaving wipes memory (tokens, codes) but keeps the stored non-secret drafts: a reload fires
  // pagehide too, and those are what it must bring back.
  window.addEventListener('pagehide', forget);
}
