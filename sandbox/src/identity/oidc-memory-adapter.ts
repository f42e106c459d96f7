// An in-memory storage adapter for oidc-provider, one store per provider instance. Ours rather
// than the package's built-in one so that each sandbox (and each test) has its own store, and so
// that oidc-provider does not print its "development-only adapter" warning.
import type { Adapter, AdapterConstructor, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  expiresAtMs: number;
}

const grantableModels = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
]);

/** Creates an adapter class whose instances share one fresh in-memory store. */
export function createMemoryAdapterClass(): AdapterConstructor {
  const entries = new Map<string, Entry>();
  const pointers = new Map<string, { key: string; expiresAtMs: number }>();
  const grantMembers = new Map<string, string[]>();

  const read = (key: string): AdapterPayload | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAtMs <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.payload;
  };
  const follow = (pointer: string): AdapterPayload | undefined => {
    const target = pointers.get(pointer);
    if (!target || target.expiresAtMs <= Date.now()) return undefined;
    return read(target.key);
  };

  return class MemoryAdapter implements Adapter {
    readonly model: string;

    constructor(model: string) {
      this.model = model;
    }

    private key(id: string): string {
      return `${this.model}:${id}`;
    }

    upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      const key = this.key(id);
      const expiresAtMs = Date.now() + expiresIn * 1000;
      entries.set(key, { payload, expiresAtMs });
      const { uid, grantId, userCode } = payload;
      if (this.model === 'Session' && typeof uid === 'string') {
        pointers.set(`sessionUid:${uid}`, { key, expiresAtMs });
      }
      if (typeof userCode === 'string') pointers.set(`userCode:${userCode}`, { key, expiresAtMs });
      if (grantableModels.has(this.model) && typeof grantId === 'string') {
        grantMembers.set(grantId, [...(grantMembers.get(grantId) ?? []), key]);
      }
      return Promise.resolve();
    }

    find(id: string): Promise<AdapterPayload | undefined> {
      return Promise.resolve(read(this.key(id)));
    }

    findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return Promise.resolve(follow(`sessionUid:${uid}`));
    }

    findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      return Promise.resolve(follow(`userCode:${userCode}`));
    }

    consume(id: string): Promise<void> {
      const payload = read(this.key(id));
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      return Promise.resolve();
    }

    destroy(id: string): Promise<void> {
      entries.delete(this.key(id));
      return Promise.resolve();
    }

    revokeByGrantId(grantId: string): Promise<void> {
      for (const key of grantMembers.get(grantId) ?? []) entries.delete(key);
      grantMembers.delete(grantId);
      return Promise.resolve();
    }
  };
}
