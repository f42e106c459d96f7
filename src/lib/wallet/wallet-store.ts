import type { AwsCredentials } from './aws-credentials.ts';
import { hasSessionToken, withoutBlankSessionToken } from './session-token.ts';

/** Non-secret record of how a credential set was obtained. */
export interface CredentialSource {
  /** STS operation name, or 'Import' / 'Keys' for sets the user brought. */
  operation: string;
  /** Non-secret inputs (role ARN, session name, duration…); never tokens, keys or codes. */
  params: Readonly<Record<string, string | number | boolean>>;
  endpointUrl?: string | undefined;
  region?: string | undefined;
}

export interface WalletIdentity {
  arn: string;
  account?: string | undefined;
  userId?: string | undefined;
}

export interface WalletEntry {
  id: string;
  label: string;
  credentials: AwsCredentials;
  source: CredentialSource;
  identity?: WalletIdentity | undefined;
  /** The set that signed the call that produced this one. */
  parentId?: string | undefined;
  /**
   * Server time − local time (ms) the SDK observed when STS issued this set: the set's
   * `credentials.expiration` is in STS's clock. Absent (0) for keys the user brought.
   */
  clockOffsetMs?: number | undefined;
  createdAt: Date;
}

export type NewWalletEntry = Omit<WalletEntry, 'id' | 'createdAt'>;

export interface Wallet {
  add: (entry: NewWalletEntry) => WalletEntry;
  update: (id: string, patch: Partial<Pick<WalletEntry, 'label' | 'identity'>>) => void;
  remove: (id: string) => void;
  clear: () => void;
  /** Puts cleared sets back (Undo), with their ids and lineage, after any added since. */
  restore: (cleared: readonly WalletEntry[]) => void;
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => readonly WalletEntry[];
}

/** An in-memory wallet: secrets live here and nowhere else. */
export function createWallet(now: () => Date = () => new Date()): Wallet {
  let entries: readonly WalletEntry[] = [];
  let counter = 0;
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of listeners) listener();
  };
  return {
    add(entry) {
      counter += 1;
      // Whatever path a set comes in by (STS, an import, typed keys), a blank token is none.
      const created: WalletEntry = {
        ...entry,
        credentials: withoutBlankSessionToken(entry.credentials),
        id: `set-${counter}`,
        createdAt: now(),
      };
      entries = [created, ...entries];
      emit();
      return created;
    },
    update(id, patch) {
      entries = entries.map((e) => (e.id === id ? { ...e, ...patch } : e));
      emit();
    },
    remove(id) {
      entries = entries.filter((e) => e.id !== id);
      emit();
    },
    clear() {
      entries = [];
      emit();
    },
    restore(cleared) {
      const present = new Set(entries.map((e) => e.id));
      entries = [...entries, ...cleared.filter((e) => !present.has(e.id))];
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => entries,
  };
}

/** Long-term keys (AKIA…) carry no session token and do not expire. */
export function isLongTerm(credentials: AwsCredentials): boolean {
  return !hasSessionToken(credentials);
}
