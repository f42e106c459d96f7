/**
 * GetWebIdentityToken (outbound identity federation): a JWT about the caller, signed by the sandbox
 * (RS256 or ES384) and verifiable through <sandbox>/outbound/.well-known/jwks.json.
 */
import { signOutboundToken } from '../identity/outbound-token.ts';
import { err, ok } from '../lib/result.ts';
import { DOC_NOTES } from '../protocol/sts-model.ts';
import { ERR, stsError } from '../protocol/sts-error.ts';
import { principalArn } from '../world/principals.ts';
import { el } from '../protocol/xml-writer.ts';
import {
  int,
  isoSeconds,
  list,
  str,
  struct,
  type OpContext,
  type OpResult,
} from './shared/context.ts';

export const OUTBOUND_PATH = '/outbound';
const ALGORITHMS: readonly string[] =
  DOC_NOTES['GetWebIdentityToken.SigningAlgorithm'].docs.allowedValues;
const DEFAULT_DURATION: number = DOC_NOTES['GetWebIdentityToken.DurationSeconds'].docs.default;

/** Handles GetWebIdentityToken for a verified caller. */
export async function getWebIdentityToken(ctx: OpContext): Promise<OpResult> {
  const caller = ctx.caller;
  if (caller === undefined) return err(ERR.missingAuthenticationToken());
  const algorithm = str(ctx.input, 'SigningAlgorithm') ?? '';
  if (algorithm !== 'RS256' && algorithm !== 'ES384') {
    return err(
      ERR.validation(
        `1 validation error detected: Value '${algorithm}' at 'signingAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [${ALGORITHMS.join(', ')}]`,
      ),
    );
  }
  const duration = int(ctx.input, 'DurationSeconds') ?? DEFAULT_DURATION;
  const session = caller.session;
  if (session !== undefined && ctx.nowMs + duration * 1000 > session.expiresAtMs) {
    return err(
      stsError(
        'SessionDurationEscalationException',
        'The requested token duration would extend the session beyond its original expiration time.',
        403,
      ),
    );
  }
  const tags: Record<string, string> = {};
  for (const t of list(ctx.input, 'Tags')) {
    const s = struct(t) ?? {};
    tags[str(s, 'Key') ?? ''] = str(s, 'Value') ?? '';
  }
  const signed = await signOutboundToken({
    issuer: `${ctx.baseUrl}${OUTBOUND_PATH}`,
    subject: principalArn(caller.principal),
    audience: list(ctx.input, 'Audience').filter((a) => typeof a === 'string'),
    algorithm,
    ttlSeconds: duration,
    tags,
    nowSeconds: Math.floor(ctx.nowMs / 1000),
    region: ctx.world.region,
  });
  return ok([
    el('WebIdentityToken', signed.token),
    el('Expiration', isoSeconds(signed.expiration.getTime())),
  ]);
}
