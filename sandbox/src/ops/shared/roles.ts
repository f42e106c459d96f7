/** Role ARNs, role lookup, and session-duration limits as STS enforces them. */
import { err, ok, type Result } from '../../lib/result.ts';
import { DOC_NOTES } from '../../protocol/sts-model.ts';
import { ERR, type StsError } from '../../protocol/sts-error.ts';
import type { World, WorldRole } from '../../world/world-config.ts';

const ROLE_ARN = /^arn:aws:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]{1,64})$/;
export const DEFAULT_ROLE_DURATION: number = DOC_NOTES['AssumeRole.DurationSeconds'].docs.default;
export const ROLE_CHAINING_MAX: number =
  DOC_NOTES['AssumeRole.DurationSeconds'].docs.roleChainingMax;

/** Splits a role ARN into account and name; STS answers "<arn> is invalid" otherwise. */
export function parseRoleArn(arn: string): Result<{ accountId: string; name: string }, StsError> {
  const m = ROLE_ARN.exec(arn);
  if (m?.[1] === undefined || m[2] === undefined) return err(ERR.validation(`${arn} is invalid`));
  return ok({ accountId: m[1], name: m[2] });
}

/** The world's role for an ARN (the path is not part of a role's identity). */
export function findRole(world: World, arn: string): WorldRole | undefined {
  const m = ROLE_ARN.exec(arn);
  if (m === null || m[1] !== world.accountId) return undefined;
  return world.roles.find((r) => r.name === m[2]);
}

/** Picks the session duration or fails as STS does (chaining cap first, then the role's max). */
export function roleDuration(
  requested: number | undefined,
  role: WorldRole,
  chained: boolean,
): Result<number, StsError> {
  const duration = requested ?? DEFAULT_ROLE_DURATION;
  if (chained && duration > ROLE_CHAINING_MAX) {
    return err(
      ERR.validation(
        'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
      ),
    );
  }
  if (duration > role.maxSessionDuration) {
    return err(
      ERR.validation(
        'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      ),
    );
  }
  return ok(duration);
}
