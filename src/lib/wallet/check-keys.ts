import { err, ok, type Result } from '../result.ts';

const KEY_ID = /^(AKIA|ASIA)[A-Z2-7]{12,124}$/;

/** What is wrong with typed keys, and in which field. */
export interface KeyProblem {
  field: 'accessKeyId' | 'secretAccessKey' | 'sessionToken';
  message: string;
}

/** Pure: checks typed keys; messages name the field. */
export function checkKeys(input: {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}): Result<true, KeyProblem> {
  const id = input.accessKeyId.trim();
  if (!KEY_ID.test(id)) {
    return err({
      field: 'accessKeyId',
      message:
        'Access key ID starts with AKIA (long-term) or ASIA (temporary), then letters A–Z and digits 2–7',
    });
  }
  if (input.secretAccessKey.trim().length < 16) {
    return err({
      field: 'secretAccessKey',
      message: 'Secret access key is required (usually 40 characters)',
    });
  }
  if (id.startsWith('ASIA') && input.sessionToken.trim() === '') {
    return err({
      field: 'sessionToken',
      message: 'ASIA… keys are temporary: paste their session token too',
    });
  }
  return ok(true);
}
