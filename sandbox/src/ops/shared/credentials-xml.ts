/** The Credentials element and the session-token size members STS adds when asked. */
import { el, type XmlElement, type XmlNode } from '../../protocol/xml-writer.ts';
import { MAX_SESSION_TOKEN_SIZE, type Session } from '../../world/credential-store.ts';
import { isoSeconds } from './context.ts';

/** `<Credentials><AccessKeyId/><SecretAccessKey/><SessionToken/><Expiration/></Credentials>`. */
export function credentialsXml(session: Session): XmlElement {
  return el(
    'Credentials',
    el('AccessKeyId', session.accessKeyId),
    el('SecretAccessKey', session.secretAccessKey),
    el('SessionToken', session.sessionToken),
    el('Expiration', isoSeconds(session.expiresAtMs)),
  );
}

/** SessionTokenUtilization and SessionTokenSize, only when MinimumSessionTokenSize was sent. */
export function tokenSizeXml(session: Session, minimumSize: number | undefined): XmlNode[] {
  if (minimumSize === undefined) return [];
  const size = Buffer.byteLength(session.sessionToken);
  const utilization = Math.min(100, Math.ceil((size * 100) / MAX_SESSION_TOKEN_SIZE));
  return [el('SessionTokenUtilization', String(utilization)), el('SessionTokenSize', String(size))];
}
