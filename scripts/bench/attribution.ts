import type { ModuleShare } from './report-types.ts';

/** What the attribution needs of one built JS chunk (a subset of Rolldown's OutputChunk). */
export interface ChunkModules {
  /** Relative to the output folder, e.g. assets/index-abc.js. */
  fileName: string;
  /** Each module's share weight: its minified, gzipped size alone (or its rendered length). */
  modules: readonly { id: string; weight: number }[];
}

/**
 * Pure: the group a module id counts under — the npm package for dependencies (the innermost
 * node_modules), the first two folders under src/ for the console, "runtime" for bundler helpers.
 */
export function moduleGroup(id: string, root: string): string {
  const clean = id.replace(/^\0/, '').split('?')[0] ?? '';
  const posix = clean.replaceAll('\\', '/');
  const marker = '/node_modules/';
  const at = posix.lastIndexOf(marker);
  if (at >= 0) {
    const [first = '', second = ''] = posix.slice(at + marker.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const base = root.replaceAll('\\', '/').replace(/\/+$/, '');
  if (posix.startsWith(`${base}/`)) {
    const parts = posix.slice(base.length + 1).split('/');
    const folders = parts.slice(0, -1);
    return folders.length === 0 ? (parts[0] ?? posix) : folders.slice(0, 3).join('/');
  }
  return 'runtime';
}

/**
 * Pure: splits each loaded file's gzip bytes over the module groups in it, in proportion to their
 * modules' weights; files with no chunk (CSS) count as themselves. An estimate: gzip does not
 * compress modules independently. Largest first.
 */
export function attributeGzipBytes(
  chunks: readonly ChunkModules[],
  gzipBytesByFile: ReadonlyMap<string, number>,
  root: string,
): ModuleShare[] {
  const totals = new Map<string, number>();
  const add = (group: string, bytes: number) => {
    totals.set(group, (totals.get(group) ?? 0) + bytes);
  };
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  for (const [file, gzipBytes] of gzipBytesByFile) {
    const chunk = byName.get(file.replace(/^\/+/, ''));
    const rendered = chunk?.modules.reduce((sum, m) => sum + m.weight, 0) ?? 0;
    if (chunk === undefined || rendered === 0) {
      add(file.replace(/^\/+/, ''), gzipBytes);
      continue;
    }
    for (const m of chunk.modules) add(moduleGroup(m.id, root), (gzipBytes * m.weight) / rendered);
  }
  return [...totals]
    .map(([module, bytes]) => ({ module, estimatedGzipBytes: Math.round(bytes) }))
    .filter((s) => s.estimatedGzipBytes > 0)
    .sort((a, b) => b.estimatedGzipBytes - a.estimatedGzipBytes);
}
