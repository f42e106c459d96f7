import { useSyncExternalStore } from 'react';
import type { RenewalAttempt } from '../lib/wallet/renewal-schedule.ts';

/** Keep fresh for one set: whether it is on, and what its last renewal did. No secret. */
export interface KeepFreshRecord {
  on: boolean;
  attempt?: RenewalAttempt | undefined;
  /** Why the last renewal failed, in words (STS's message). */
  failure?: string | undefined;
}

const OFF: KeepFreshRecord = { on: false };

export interface KeepFreshStore {
  get: (id: string) => KeepFreshRecord;
  set: (id: string, on: boolean) => void;
  /** What the renewal of `id` is doing now, and why it failed if it did. */
  record: (id: string, attempt: RenewalAttempt, failure?: string) => void;
  subscribe: (listener: () => void) => () => void;
}

/** Keep fresh's choices and outcomes per set id, in memory only (they need not survive a reload). */
export function createKeepFreshStore(): KeepFreshStore {
  let records: ReadonlyMap<string, KeepFreshRecord> = new Map();
  const listeners = new Set<() => void>();
  const put = (id: string, next: KeepFreshRecord) => {
    records = new Map(records).set(id, next);
    for (const listener of listeners) listener();
  };
  return {
    get: (id) => records.get(id) ?? OFF,
    set(id, on) {
      // Turned on again, a set starts over: an old failure is not held against it.
      put(id, on ? { on } : { ...(records.get(id) ?? OFF), on });
    },
    record(id, attempt, failure) {
      put(id, { ...(records.get(id) ?? OFF), attempt, failure });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The page's Keep fresh choices. */
export const keepFresh = createKeepFreshStore();

/** Keep fresh for one set, re-rendering when it changes. */
export function useKeepFresh(id: string): KeepFreshRecord {
  return useSyncExternalStore(keepFresh.subscribe, () => keepFresh.get(id));
}
