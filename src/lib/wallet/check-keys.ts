const KEY_ID = /^(AKIA|ASIA)[A-Z2-7]{12,124}$/;

/** Pure: checks typed keys; messages name the field. */
export function checkKeys(input: {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}):
  | { ok: true }
  | { ok: false; field: 'accessKeyId' | 'secretAccessKey' | 'sessionToken'; error: string } {
  const id = input.accessKeyId.trim();
  if (!KEY_ID.test(id)) {
    return {
      ok: false,
      field: 'accessKeyId',
      error:
        'Access key ID starts with AKIA (long-term) or ASIA (temporary), then letters A–Z and digits 2–7',
    };
  }
  if (input.secretAccessKey.trim().length < 16) {
    return {
      ok: false,
      field: 'secretAccessKey',
      error: 'Secret access key is required (usually 40 characters)',
    };
  }
  if (id.startsWith('ASIA') && input.sessionToken.trim() === '') {
    return {
      ok: false,
      field: 'sessionToken',
      error: 'ASIA… keys are temporary: paste their session token too',
    };
  }
  return { ok: true };
}
