import { decodeJwt, jwtAudiences, type DecodedJwt } from '../../lib/decoders/jwt.ts';
import { ownField, ownString } from '../../lib/decoders/json-object.ts';
import type { Result } from '../../lib/result.ts';
import type { AdviceContext } from '../../lib/sts/failure-advice-types.ts';
import { suggestRoleSessionName } from '../../lib/sts/role-session-name.ts';

/** What the token field shows of the token in it. */
export interface TokenSummary {
  decoded: Result<DecodedJwt>;
  /** A role session name made from the token's email (or sub) claim. */
  sessionName?: string | undefined;
  issuer?: string | undefined;
}

/** Pure: the token decoded (never verified), with the session name and issuer it suggests. */
export function summarizeToken(token: string): TokenSummary {
  const decoded = decodeJwt(token);
  if (!decoded.ok) return { decoded };
  const claims = decoded.value.claims;
  const sub = ownField(claims, 'email') ?? ownField(claims, 'sub');
  return {
    decoded,
    sessionName: typeof sub === 'string' ? suggestRoleSessionName(sub) : undefined,
    issuer: ownString(claims, 'iss'),
  };
}

/** Pure: what the failure advice may say of the token that was sent (its audience and issuer). */
export function tokenAdviceContext(token: string | undefined): Partial<AdviceContext> {
  const decoded = token ? decodeJwt(token) : undefined;
  const claims = decoded?.ok ? decoded.value.claims : undefined;
  return {
    tokenAudience: claims ? jwtAudiences(claims).join(', ') : undefined,
    tokenIssuer: claims ? ownString(claims, 'iss') : undefined,
  };
}
