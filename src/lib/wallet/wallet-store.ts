import type { EndpointSettings } from '../sts/endpoint-settings.ts';
import type { OidcProvider } from '../oidc/provider-settings.ts';
import type { AwsCredentials } from './aws-credentials.ts';
import type { EndpointBinding } from './endpoint-binding.ts';
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
  /** Where the set may be sent (issue 15): where it came from, and where the user allowed since. */
  binding: EndpointBinding;
  /** The set that signed the call that produced this one. */
  parentId?: string | undefined;
  /**
   * Server time − local time (ms) the SDK observed when STS issued this set: the set's
   * `credentials.expiration` is in STS's clock. Absent (0) for keys the user brought.
   */
  clockOffsetMs?: number | undefined;
  /**
   * The web identity token AssumeRoleWithWebIdentity traded for this set (a secret: memory only,
   * never in `source`), so Keep fresh can trade it again while it is valid. Gone with the set.
   */
  webIdentityToken?: string | undefined;
  /**
   * The identity provider (non-secret settings) whose sign-in in this tab issued that token: once
   * the token has expired, Keep fresh renews the set by signing in again there (`prompt=none`).
   */
  signIn?: OidcProvider | undefined;
  /**
   * The endpoint settings the call that issued this set went out with (non-secret), so a renewal
   * goes back the same way: FIPS, dual-stack and the global endpoint included. Absent for keys
   * the user brought.
   */
  issuedWith?: EndpointSettings | undefined;
  createdAt: Date;
}

export type NewWalletEntry = Omit<WalletEntry, 'id' | 'createdAt'>;

export interface Wallet {
  /** Adds a set; one whose access key ID is already in the wallet updates that entry instead. */
  add: (entry: NewWalletEntry) => WalletEntry;
  /**
   * Puts new credentials into an existing entry (Run again, an import of the same key): same id,
   * name and place in the lineage; the old keys are gone. Undefined if the entry is gone.
   */
  renew: (id: string, entry: NewWalletEntry) => WalletEntry | undefined;
  update: (id: string, patch: Partial<Pick<WalletEntry, 'label' | 'identity' | 'binding'>>) => void;
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
  const renew = (id: string, entry: NewWalletEntry): WalletEntry | undefined => {
    const old = entries.find((e) => e.id === id);
    if (old === undefined) return undefined;
    const renewed: WalletEntry = {
      ...entry,
      credentials: withoutBlankSessionToken(entry.credentials),
      id,
      label: old.label,
      parentId: entry.parentId ?? old.parentId,
      createdAt: now(),
    };
    entries = entries.map((e) => (e.id === id ? renewed : e));
    emit();
    return renewed;
  };
  return {
    add(entry) {
      const same = entries.find((e) => e.credentials.accessKeyId === entry.credentials.accessKeyId);
      if (same) return renew(same.id, entry) ?? same;
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
    renew,
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
      // A set that came back meanwhile (same id, or the same key imported again) is not doubled.
      const ids = new Set(entries.map((e) => e.id));
      const keys = new Set(entries.map((e) => e.credentials.accessKeyId));
      entries = [
        ...entries,
        ...cleared.filter((e) => !ids.has(e.id) && !keys.has(e.credentials.accessKeyId)),
      ];
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
