import { useMemo } from 'react';
import type { DecodedJwt } from '../../lib/decoders/jwt.ts';
import { ownField } from '../../lib/decoders/json-object.ts';
import {
  trustPolicyConditionJson,
  trustPolicyConditionKeys,
} from '../../lib/decoders/jwt-trust-policy.ts';
import { jwtTimes, jwtWarnings, type JwtWarning } from '../../lib/decoders/jwt-warnings.ts';
import { useClock } from '../../state/clock.ts';
import { CopyButton } from '../copy-button.tsx';
import { Countdown } from '../countdown.tsx';
import { claimsSummary } from './claims-summary.ts';

export interface TokenViewProps {
  decoded: DecodedJwt;
  /** Client IDs a role is known to trust, for the audience warning. */
  expectedAudiences?: readonly string[];
  /** Warnings not worth showing here (e.g. http issuer of the local sandbox). */
  ignoreWarnings?: readonly JwtWarning['kind'][];
  title?: string;
  /** The issuer whose published keys verified this exact token's signature (the console's sign-in). */
  verifiedBy?: string | undefined;
  /**
   * Claims collapsed to one summary line (expand to read them all): beside a form, the decoded
   * token must not push the fields and the submit button below the fold.
   */
  compact?: boolean;
}

const CLAIM_ORDER = ['iss', 'aud', 'sub', 'email', 'azp', 'amr', 'exp', 'iat', 'nbf', 'auth_time'];

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function claimRows(claims: Readonly<Record<string, unknown>>): [string, unknown][] {
  const keys = Object.keys(claims);
  const known = CLAIM_ORDER.filter((k) => keys.includes(k));
  const rest = keys.filter((k) => !CLAIM_ORDER.includes(k)).sort();
  return [...known, ...rest].map((k) => [k, ownField(claims, k)]);
}

function timeNote(name: string, value: unknown): string | undefined {
  if (!['exp', 'iat', 'nbf', 'auth_time'].includes(name) || typeof value !== 'number') return;
  const date = new Date(value * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** A decoded JWT as a person reads it: claims, expiry countdown, warnings, trust-policy keys. */
export function TokenView({
  decoded,
  expectedAudiences,
  ignoreWarnings,
  title,
  verifiedBy,
  compact = false,
}: TokenViewProps) {
  // The warnings depend on the time (expired, not yet valid), but change far less often than
  // each second: the view re-renders only when their text does.
  const warningsJson = useClock((nowMs) =>
    JSON.stringify(
      jwtWarnings(
        decoded,
        Math.floor(nowMs / 1000),
        expectedAudiences ? { expectedAudiences } : undefined,
      ).filter((w) => !ignoreWarnings?.includes(w.kind)),
    ),
  );
  const warnings = useMemo(() => JSON.parse(warningsJson) as JwtWarning[], [warningsJson]);
  const times = jwtTimes(decoded.claims);
  const conditionKeys = useMemo(() => trustPolicyConditionKeys(decoded.claims), [decoded]);
  const claims = (
    <dl className="kv">
      {claimRows(decoded.claims).map(([name, value]) => (
        <div key={name} className="kv__row">
          <dt>{name}</dt>
          <dd>
            <code>{show(value)}</code>
            {timeNote(name, value) ? (
              <span className="kv__note"> {timeNote(name, value)}</span>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
  return (
    <section className="token-view" aria-label={title ?? 'Decoded token'}>
      <header className="token-view__header">
        <h3>{title ?? 'Decoded token'}</h3>
        {verifiedBy === undefined ? (
          <span className="badge badge--neutral">Signature not verified</span>
        ) : (
          <span className="badge badge--info">Signature verified ({verifiedBy} keys)</span>
        )}
        {times.expiresAt ? <Countdown expiresAt={times.expiresAt} subject="Token" /> : null}
      </header>
      {warnings.length > 0 ? (
        <ul className="token-view__warnings" aria-label="Token warnings">
          {warnings.map((w) => (
            <li key={w.kind + w.message} className="callout callout--warning">
              {w.message}
            </li>
          ))}
        </ul>
      ) : null}
      {compact ? (
        <details className="token-view__more token-view__claims">
          <summary>
            Claims: <span className="token-view__summary">{claimsSummary(decoded.claims)}</span>
          </summary>
          {claims}
        </details>
      ) : (
        claims
      )}
      <div className="token-view__extras">
        <details className="token-view__more">
          <summary>Header</summary>
          <pre className="code-block" tabIndex={0}>
            {JSON.stringify(decoded.header, null, 2)}
          </pre>
        </details>
        {conditionKeys.length > 0 ? (
          <details className="token-view__more">
            <summary>Trust policy condition keys for this token</summary>
            <ul className="condition-keys">
              {conditionKeys.map((k) => (
                <li key={k.key}>
                  <code>{k.key}</code> = <code>{k.values.join(', ')}</code>
                  <CopyButton label={`Copy condition key ${k.key}`} getText={() => k.key}>
                    Copy key
                  </CopyButton>
                </li>
              ))}
            </ul>
            <pre className="code-block" tabIndex={0}>
              {trustPolicyConditionJson(conditionKeys)}
            </pre>
            <CopyButton
              label="Copy trust policy condition"
              getText={() => trustPolicyConditionJson(conditionKeys)}
            >
              Copy condition JSON
            </CopyButton>
          </details>
        ) : null}
      </div>
    </section>
  );
}
