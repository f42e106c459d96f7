/**
 * Opaque sealed blobs (AES-256-GCM) for trade-in tokens and encoded authorization messages. The key
 * is a fixed DEMO value, public on purpose, so a blob minted by the CLI in one process opens in a
 * sandbox server started in another. It protects nothing outside this sandbox.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { err, ok, type Result } from '../lib/result.ts';

const KEY = createHash('sha256')
  .update('sts-console sandbox demo sealing key (not secret)')
  .digest();

/** Seals a JSON value for one purpose; base64url text. */
export function seal(purpose: string, value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', KEY, iv);
  cipher.setAAD(Buffer.from(purpose));
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** Opens a sealed blob of the same purpose; any tampering or wrong purpose fails. */
export function unseal(purpose: string, text: string): Result<unknown, string> {
  if (!/^[A-Za-z0-9_-]{40,}$/.test(text)) return err('not a sealed value');
  const raw = Buffer.from(text, 'base64url');
  try {
    const decipher = createDecipheriv('aes-256-gcm', KEY, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(raw.subarray(12, 28));
    const plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
    return ok(JSON.parse(plain.toString('utf8')));
  } catch {
    return err('cannot open the sealed value');
  }
}
