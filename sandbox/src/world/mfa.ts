/** TOTP checks for virtual MFA devices (SHA-1, 6 digits, 30 s, one step either side). */
import { Secret, TOTP } from 'otpauth';

function totp(secretBase32: string): TOTP {
  return new TOTP({
    secret: Secret.fromBase32(secretBase32),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
}

/** True when the code is valid at `nowMs` or one 30-second step before or after. */
export function verifyTotp(secretBase32: string, code: string, nowMs: number): boolean {
  return totp(secretBase32).validate({ token: code, timestamp: nowMs, window: 1 }) !== null;
}

/** The current code (for tests and the CLI). */
export function currentTotp(secretBase32: string, nowMs: number): string {
  return totp(secretBase32).generate({ timestamp: nowMs });
}
