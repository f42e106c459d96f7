/**
 * Long-term keys from the world and the temporary credentials the sandbox issues. Resolves the
 * access key and session token of a signed request to the calling principal.
 */
import { randomBytes } from 'node:crypto';
import { encodeAccessKeyId } from '../auth/access-key.ts';
import { err, ok, type Result } from '../lib/result.ts';
import { ERR, type StsError } from '../protocol/sts-error.ts';
import type { Principal } from './principals.ts';
import type { World, WorldUser } from './world-config.ts';

export interface Tag {
  Key: string;
  Value: string;
}

export interface Session {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiresAtMs: number;
  principal: Principal;
  /** The operation that issued these credentials. */
  issuedBy: string;
  mfaAuthenticated: boolean;
  sourceIdentity?: string;
  transitiveTags: Tag[];
}

export interface Caller {
  principal: Principal;
  /** The temporary credentials used, or undefined for long-term user keys. */
  session?: Session;
  mfaAuthenticated: boolean;
}

export interface IssueRequest {
  principal: Principal;
  durationSeconds: number;
  issuedBy: string;
  mfaAuthenticated?: boolean;
  sourceIdentity?: string;
  transitiveTags?: Tag[];
  minimumTokenSize?: number;
}

export interface CredentialStore {
  /** The secret for a key ID, if any (for SigV4). */
  secretFor(accessKeyId: string): { secretAccessKey: string } | undefined;
  /** The caller behind a verified key ID and the token it sent. */
  resolve(
    accessKeyId: string,
    sessionToken: string | undefined,
    nowMs: number,
  ): Result<Caller, StsError>;
  issue(request: IssueRequest, nowMs: number): Session;
}

/** The largest session token STS issues, for SessionTokenUtilization. */
export const MAX_SESSION_TOKEN_SIZE = 4096;

function newSecret(): string {
  return randomBytes(30).toString('base64').slice(0, 40);
}

function newSessionToken(minimumSize: number): string {
  // 300 random bytes → 400 base64 characters without padding; longer when asked to be.
  const token = randomBytes(300).toString('base64');
  const missing = minimumSize - token.length;
  if (missing <= 0) return token;
  return (
    token +
    randomBytes(Math.ceil((missing * 3) / 4) + 3)
      .toString('base64')
      .slice(0, missing)
  );
}

/** A store over the world's users; issued credentials live in memory. */
export function createCredentialStore(world: World): CredentialStore {
  const longTerm = new Map<string, { user: WorldUser; secretAccessKey: string }>();
  for (const user of world.users) {
    for (const key of user.accessKeys)
      longTerm.set(key.accessKeyId, { user, secretAccessKey: key.secretAccessKey });
  }
  const sessions = new Map<string, Session>();

  return {
    secretFor(accessKeyId) {
      return longTerm.get(accessKeyId) ?? sessions.get(accessKeyId);
    },
    resolve(accessKeyId, sessionToken, nowMs) {
      const key = longTerm.get(accessKeyId);
      if (key !== undefined) {
        if (sessionToken !== undefined) return err(ERR.invalidClientTokenId());
        const principal: Principal = { kind: 'user', accountId: world.accountId, user: key.user };
        return ok({ principal, mfaAuthenticated: false });
      }
      const session = sessions.get(accessKeyId);
      if (session === undefined || sessionToken !== session.sessionToken) {
        return err(ERR.invalidClientTokenId());
      }
      if (nowMs >= session.expiresAtMs) return err(ERR.expiredToken());
      return ok({
        principal: session.principal,
        session,
        mfaAuthenticated: session.mfaAuthenticated,
      });
    },
    issue(request, nowMs) {
      const accountId = request.principal.accountId;
      const session: Session = {
        accessKeyId: encodeAccessKeyId('ASIA', accountId),
        secretAccessKey: newSecret(),
        sessionToken: newSessionToken(request.minimumTokenSize ?? 0),
        expiresAtMs: Math.floor(nowMs / 1000) * 1000 + request.durationSeconds * 1000,
        principal: request.principal,
        issuedBy: request.issuedBy,
        mfaAuthenticated: request.mfaAuthenticated ?? false,
        transitiveTags: request.transitiveTags ?? [],
        ...(request.sourceIdentity === undefined ? {} : { sourceIdentity: request.sourceIdentity }),
      };
      sessions.set(session.accessKeyId, session);
      return session;
    },
  };
}
