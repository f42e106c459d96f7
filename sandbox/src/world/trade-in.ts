/** Trade-in tokens for GetDelegatedAccessToken: sealed, expiring, naming the principal they grant. */
import { err, ok, type Result } from '../lib/result.ts';
import { seal, unseal } from './sealed.ts';

const PURPOSE = 'sts-console-sandbox/trade-in-token';
const PREFIX = 'sbxti-';

export interface TradeInClaims {
  /** Role ARN whose session the token trades in for. */
  principalArn: string;
  expiresAtMs: number;
}

/** Mints a trade-in token for a role ARN, valid for ttlSeconds (negative: already expired). */
export function mintTradeInToken(
  principalArnValue: string,
  ttlSeconds: number,
  nowMs: number,
): string {
  const claims: TradeInClaims = {
    principalArn: principalArnValue,
    expiresAtMs: nowMs + ttlSeconds * 1000,
  };
  return PREFIX + seal(PURPOSE, claims);
}

/** Opens a trade-in token (expiry is the caller's check). */
export function readTradeInToken(token: string): Result<TradeInClaims, string> {
  if (!token.startsWith(PREFIX)) return err('not a sandbox trade-in token');
  const opened = unseal(PURPOSE, token.slice(PREFIX.length));
  if (!opened.ok) return opened;
  const v = opened.value;
  if (
    typeof v === 'object' &&
    v !== null &&
    'principalArn' in v &&
    'expiresAtMs' in v &&
    typeof v.principalArn === 'string' &&
    typeof v.expiresAtMs === 'number'
  ) {
    return ok({ principalArn: v.principalArn, expiresAtMs: v.expiresAtMs });
  }
  return err('malformed trade-in token');
}
