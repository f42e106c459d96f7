import { createPersistedStore, useStore } from './persisted-store.ts';

/** Recently used NON-SECRET inputs, offered again as suggestions. Persisted; clearable. */
export interface RecentValues {
  roleArns: readonly string[];
  sessionNames: readonly string[];
  regions: readonly string[];
}

const EMPTY: RecentValues = { roleArns: [], sessionNames: [], regions: [] };
const LIMIT = 8;
const ARN = /^arn:[\w-]+:(iam|sts)::\d{12}:[\x20-\x7e]{1,2000}$/;
const SESSION = /^[\w+=,.@-]{2,64}$/;
const REGION = /^[a-z]{2,4}(-[a-z0-9]+){1,4}$/;

function strings(value: unknown, pattern: RegExp): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string' && pattern.test(v)).slice(0, LIMIT)
    : [];
}

/** Pure: checks what storage held; only values shaped like ARNs/names/regions survive. */
export function parseRecentValues(raw: unknown): RecentValues | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  return {
    roleArns: strings(r.roleArns, ARN),
    sessionNames: strings(r.sessionNames, SESSION),
    regions: strings(r.regions, REGION),
  };
}

const store = createPersistedStore<RecentValues>('sts-console.recent.v1', EMPTY, parseRecentValues);

function push(
  list: readonly string[],
  value: string | undefined,
  pattern: RegExp,
): readonly string[] {
  if (value === undefined || !pattern.test(value)) return list;
  return [value, ...list.filter((v) => v !== value)].slice(0, LIMIT);
}

/** Remembers non-secret values after a successful call. */
export function rememberRecent(values: {
  roleArn?: string;
  sessionName?: string;
  region?: string;
}) {
  const current = store.get();
  store.set({
    roleArns: push(current.roleArns, values.roleArn, ARN),
    sessionNames: push(current.sessionNames, values.sessionName, SESSION),
    regions: push(current.regions, values.region, REGION),
  });
}

export function clearRecent(): void {
  store.set(EMPTY);
}

export function useRecentValues(): RecentValues {
  return useStore(store);
}
