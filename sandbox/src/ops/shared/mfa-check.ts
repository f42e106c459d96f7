/** SerialNumber + TokenCode checks shared by AssumeRole and GetSessionToken. */
import { err, ok, type Result } from '../../lib/result.ts';
import { ERR, type StsError } from '../../protocol/sts-error.ts';
import { verifyTotp } from '../../world/mfa.ts';
import type { Principal } from '../../world/principals.ts';

/**
 * With both SerialNumber and TokenCode: true when the code is right for the caller's device, an
 * AccessDenied otherwise. Without them: false (no MFA in this request). TOTP uses the wall clock,
 * so codes from a phone always work even when tests shift the sandbox clock.
 */
export function checkMfa(
  principal: Principal,
  serialNumber: string | undefined,
  tokenCode: string | undefined,
): Result<boolean, StsError> {
  if (serialNumber === undefined || tokenCode === undefined) return ok(false);
  const device = principal.kind === 'user' ? principal.user.mfa : undefined;
  if (device?.serialNumber !== serialNumber) {
    return err(
      ERR.accessDenied(
        'MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.',
      ),
    );
  }
  if (!verifyTotp(device.secretBase32, tokenCode, Date.now())) {
    return err(
      ERR.accessDenied('MultiFactorAuthentication failed with invalid MFA one time pass code. '),
    );
  }
  return ok(true);
}
