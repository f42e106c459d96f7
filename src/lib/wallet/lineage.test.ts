import { describe, expect, it } from 'vitest';
import { lineageOrder } from './lineage.ts';
import type { WalletEntry } from './wallet-store.ts';
import { sandboxBinding } from './wallet-fixtures.ts';

function e(id: string, at: number, parentId?: string): WalletEntry {
  return {
    id,
    label: id,
    createdAt: new Date(at),
    parentId,
    credentials: { accessKeyId: 'ASIA', secretAccessKey: 's', sessionToken: 't' },
    source: { operation: 'AssumeRole', params: {} },
    binding: sandboxBinding,
  };
}

describe('lineageOrder', () => {
  it('puts each set under the set that signed for it', () => {
    const web = e('web', 1);
    const admin = e('admin', 2, 'web');
    const chained = e('chained', 3, 'admin');
    const other = e('other', 4);
    const rows = lineageOrder([other, chained, admin, web]);
    expect(rows.map((r) => [r.entry.id, r.depth, r.parent?.id])).toEqual([
      ['other', 0, undefined],
      ['web', 0, undefined],
      ['admin', 1, 'web'],
      ['chained', 2, 'admin'],
    ]);
  });
  it('treats a set whose parent was removed as a root', () => {
    const rows = lineageOrder([e('orphan', 1, 'gone')]);
    expect(rows.map((r) => [r.entry.id, r.depth, r.parent])).toEqual([['orphan', 0, undefined]]);
  });
  it('shows every entry once even when parents form a cycle', () => {
    const rows = lineageOrder([e('a', 1, 'b'), e('b', 2, 'a'), e('self', 3, 'self')]);
    expect(rows.map((r) => r.entry.id).sort()).toEqual(['a', 'b', 'self']);
  });
});
