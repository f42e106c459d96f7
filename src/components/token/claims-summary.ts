/** Claims that say whose token it is and for whom, in the order a reader looks for them. */
type SummaryClaim = 'email' | 'sub' | 'aud' | 'iss';

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  return undefined;
}

/**
 * Pure: one line for a collapsed token, "alice@example.com · aud sts-console · iss https://…":
 * the subject (email first, it is what people recognise), then the audience and the issuer.
 */
export function claimsSummary(claims: Readonly<Record<string, unknown>>): string {
  const get = (name: SummaryClaim) =>
    Object.hasOwn(claims, name) ? text(claims[name]) : undefined;
  const who = get('email') ?? get('sub');
  const aud = get('aud');
  const iss = get('iss');
  const parts = [who, aud === undefined ? undefined : `aud ${aud}`, iss && `iss ${iss}`];
  const line = parts.filter((p): p is string => p !== undefined).join(' · ');
  return line === '' ? 'No subject, audience or issuer' : line;
}
