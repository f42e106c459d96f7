import { err } from '../lib/result.ts';

/** An STS error as the server writes it: awsQuery code, message, HTTP status. */
export interface StsRejection {
  code: string;
  message: string;
  status: number;
}

/** Builds an STS rejection (status 400 unless given). */
export function reject(
  code: string,
  message: string,
  status = 400,
): { ok: false; error: StsRejection } {
  return err({ code, message, status });
}
