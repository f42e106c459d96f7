/**
 * `tsx scripts/check-cycles.ts` (part of `npm run lint`): fails when modules of src/, sandbox/ or
 * scripts/ import each other in a circle, counting type-only and dynamic imports too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { findCycles, importsOf } from './cycles/module-cycles.ts';

const ROOT = resolve(import.meta.dirname, '..');
const FOLDERS = ['src', 'sandbox', 'scripts'];

function modulesIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'),
    )
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.includes('node_modules'));
}

const modules = FOLDERS.flatMap((folder) => modulesIn(join(ROOT, folder)));
const known = new Set(modules);
const graph = new Map<string, string[]>();
for (const file of modules) {
  const targets = importsOf(file, readFileSync(file, 'utf8'))
    .filter((found) => found.specifier.startsWith('.'))
    .map((found) => resolve(dirname(file), found.specifier))
    .filter((target) => known.has(target));
  graph.set(
    relative(ROOT, file),
    targets.map((target) => relative(ROOT, target)),
  );
}

const cycles = findCycles(graph);
for (const members of cycles) {
  console.error(`Import cycle (type-only and dynamic imports count):\n  ${members.join('\n  ')}`);
}
process.exitCode = cycles.length > 0 ? 1 : 0;
