import type { WalletEntry } from './wallet-store.ts';

export interface LineageRow {
  entry: WalletEntry;
  /** 0 for a set nobody in the wallet signed for; 1 for its child, and so on. */
  depth: number;
  parent?: WalletEntry | undefined;
}

/**
 * Pure: the wallet as a tree in reading order — each set followed by the sets it signed for,
 * newest first at each level. Sets whose parent was removed become roots; cycles cannot loop.
 */
export function lineageOrder(entries: readonly WalletEntry[]): LineageRow[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const children = new Map<string, WalletEntry[]>();
  const roots: WalletEntry[] = [];
  for (const e of entries) {
    if (e.parentId !== undefined && byId.has(e.parentId) && e.parentId !== e.id) {
      const list = children.get(e.parentId) ?? [];
      list.push(e);
      children.set(e.parentId, list);
    } else {
      roots.push(e);
    }
  }
  const newestFirst = (a: WalletEntry, b: WalletEntry) =>
    b.createdAt.getTime() - a.createdAt.getTime();
  const rows: LineageRow[] = [];
  const seen = new Set<string>();
  const visit = (entry: WalletEntry, depth: number, parent?: WalletEntry) => {
    if (seen.has(entry.id)) return;
    seen.add(entry.id);
    rows.push({ entry, depth, parent });
    for (const child of [...(children.get(entry.id) ?? [])].sort(newestFirst)) {
      visit(child, depth + 1, entry);
    }
  };
  for (const root of [...roots].sort(newestFirst)) visit(root, 0);
  // Anything left is part of a parent cycle: show it at the top level rather than hide it.
  for (const e of entries) visit(e, 0);
  return rows;
}
