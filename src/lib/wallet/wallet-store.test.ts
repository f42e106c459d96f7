import { describe, expect, it } from 'vitest';
import { createWallet, type NewWalletEntry } from './wallet-store.ts';
import { sandboxBinding } from './wallet-fixtures.ts';

function set(accessKeyId: string, over: Partial<NewWalletEntry> = {}): NewWalletEntry {
  return {
    label: `set ${accessKeyId}`,
    credentials: {
      accessKeyId,
      secretAccessKey: `secret-${accessKeyId}`,
      sessionToken: `token-${accessKeyId}`,
    },
    source: { operation: 'AssumeRole', params: { RoleArn: 'arn:aws:iam::111122223333:role/R' } },
    binding: sandboxBinding,
    ...over,
  };
}

describe('renew', () => {
  it('puts new keys into the entry: same id, name and parent, the old keys gone', () => {
    const wallet = createWallet();
    const parent = wallet.add(set('AKIAPARENT'));
    const child = wallet.add(set('ASIAOLD', { parentId: parent.id }));
    wallet.update(child.id, { label: 'my admin' });
    const renewed = wallet.renew(child.id, set('ASIANEW', { label: 'Admin/x' }));
    expect(renewed?.id).toBe(child.id);
    expect(renewed?.label).toBe('my admin');
    expect(renewed?.parentId).toBe(parent.id);
    const all = wallet.getSnapshot();
    expect(all).toHaveLength(2);
    expect(all.map((e) => e.credentials.accessKeyId)).toEqual(['ASIANEW', 'AKIAPARENT']);
    expect(JSON.stringify(all)).not.toContain('ASIAOLD');
  });

  it('renews nothing when the entry is gone', () => {
    const wallet = createWallet();
    expect(wallet.renew('set-9', set('ASIANEW'))).toBeUndefined();
    expect(wallet.getSnapshot()).toEqual([]);
  });
});

describe('add', () => {
  it('updates the entry of a key already in the wallet instead of adding a look-alike', () => {
    const wallet = createWallet();
    const first = wallet.add(
      set('ASIASAME', {
        credentials: { accessKeyId: 'ASIASAME', secretAccessKey: 's', sessionToken: 'old' },
      }),
    );
    const again = wallet.add(
      set('ASIASAME', {
        credentials: { accessKeyId: 'ASIASAME', secretAccessKey: 's', sessionToken: 'new' },
      }),
    );
    expect(again.id).toBe(first.id);
    expect(wallet.getSnapshot()).toHaveLength(1);
    expect(wallet.getSnapshot()[0]?.credentials.sessionToken).toBe('new');
  });

  it('adds sets with different keys side by side, newest first', () => {
    const wallet = createWallet();
    wallet.add(set('ASIAONE'));
    wallet.add(set('ASIATWO'));
    expect(wallet.getSnapshot().map((e) => e.credentials.accessKeyId)).toEqual([
      'ASIATWO',
      'ASIAONE',
    ]);
  });
});

describe('restore', () => {
  it('brings cleared sets back, except those that came back meanwhile by id or by key', () => {
    const wallet = createWallet();
    const a = wallet.add(set('AKIAA'));
    const b = wallet.add(set('ASIAB'));
    const c = wallet.add(set('ASIAC'));
    const cleared = wallet.getSnapshot();
    for (const entry of cleared) wallet.remove(entry.id);
    // Meanwhile the same key B is imported again (a new entry for it).
    const again = wallet.add(set('ASIAB'));
    wallet.restore(cleared);
    const keys = wallet.getSnapshot().map((e) => e.credentials.accessKeyId);
    expect(keys.sort()).toEqual(['AKIAA', 'ASIAB', 'ASIAC']);
    const ids = wallet.getSnapshot().map((e) => e.id);
    expect(ids).toContain(a.id);
    expect(ids).toContain(c.id);
    expect(ids).toContain(again.id);
    expect(ids).not.toContain(b.id);
  });
});
