/**
 * Session policies and session tags, as AssumeRole*, GetFederationToken and friends check them:
 * at most 10 policy ARNs (documented limit, from the model's docNotes), a JSON policy document,
 * case-insensitive unique tag keys, transitive keys among the tags, no clash with inherited
 * transitive tags, and a packed size (percent of the allowed space) that must not pass 100.
 */
import { deflateRawSync } from 'node:zlib';
import { err, ok, type Result } from '../../lib/result.ts';
import { DOC_NOTES } from '../../protocol/sts-model.ts';
import { ERR, type StsError } from '../../protocol/sts-error.ts';
import type { InputStruct } from '../../validation/validate-input.ts';
import type { Tag } from '../../world/credential-store.ts';
import { list, str, struct } from './context.ts';

const notes = DOC_NOTES;
export const MAX_POLICY_ARNS: number =
  notes[
    'PolicyArns (AssumeRole, AssumeRoleWithSAML, AssumeRoleWithWebIdentity, GetFederationToken)'
  ].docs.maxItems;
const MAX_PACKED_PERCENT: number = notes.PackedPolicySize.docs.failsAbovePercent;
/** Compressed bytes that make 100 % of the packed space (a sandbox choice; AWS does not publish it). */
const PACKED_SPACE_BYTES = 1600;

export interface SessionPolicy {
  policy?: string;
  policyArns: string[];
  tags: Tag[];
  transitiveTagKeys: string[];
}

/** Reads Policy, PolicyArns, Tags and TransitiveTagKeys from validated input. */
export function readSessionPolicy(input: InputStruct): SessionPolicy {
  const policy = str(input, 'Policy');
  return {
    ...(policy === undefined ? {} : { policy }),
    policyArns: list(input, 'PolicyArns').map((d) => str(struct(d) ?? {}, 'arn') ?? ''),
    tags: list(input, 'Tags').map((t) => {
      const s = struct(t) ?? {};
      return { Key: str(s, 'Key') ?? '', Value: str(s, 'Value') ?? '' };
    }),
    transitiveTagKeys: list(input, 'TransitiveTagKeys').filter((k) => typeof k === 'string'),
  };
}

/** Checks a session policy; gives PackedPolicySize when policies or tags were passed. */
export function checkSessionPolicy(
  session: SessionPolicy,
  inheritedTransitive: readonly Tag[] = [],
): Result<number | undefined, StsError> {
  if (session.policyArns.length > MAX_POLICY_ARNS) {
    return err(
      ERR.validation(
        `1 validation error detected: Value '[${session.policyArns.join(', ')}]' at 'policyArns' failed to satisfy constraint: Member must have length less than or equal to ${MAX_POLICY_ARNS}`,
      ),
    );
  }
  if (session.policy !== undefined && !isPolicyDocument(session.policy)) {
    return err(ERR.malformedPolicy('Syntax errors in policy.'));
  }
  const keys = session.tags.map((t) => t.Key.toLowerCase());
  if (new Set(keys).size !== keys.length) {
    return err(
      ERR.validation('Duplicate tag keys found. Please note that Tag keys are case insensitive.'),
    );
  }
  if (session.transitiveTagKeys.some((k) => !keys.includes(k.toLowerCase()))) {
    return err(
      ERR.validation('The specified transitive tag key must be included in the requested tags.'),
    );
  }
  const inherited = inheritedTransitive.map((t) => t.Key.toLowerCase());
  if (keys.some((k) => inherited.includes(k))) {
    return err(
      ERR.invalidParameter(
        'One or more of the specified session tag keys conflicts with a transitive tag key inherited from the calling session.',
      ),
    );
  }
  const used =
    session.policy !== undefined || session.policyArns.length > 0 || session.tags.length > 0;
  if (!used) return ok(undefined);
  const packed = deflateRawSync(
    JSON.stringify([session.policy ?? '', session.policyArns, session.tags]),
  ).length;
  const percent = Math.max(1, Math.ceil((packed * 100) / PACKED_SPACE_BYTES));
  if (percent > MAX_PACKED_PERCENT) {
    return err(
      ERR.packedPolicyTooLarge(
        `Packed size of consumed session policies and session tags exceeds the allowed space: ${percent}% of the limit.`,
      ),
    );
  }
  return ok(percent);
}

function isPolicyDocument(text: string): boolean {
  try {
    const doc: unknown = JSON.parse(text);
    return typeof doc === 'object' && doc !== null && !Array.isArray(doc) && 'Statement' in doc;
  } catch {
    return false;
  }
}
