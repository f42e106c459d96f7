import { describe, expect, it } from 'vitest';
import { findCycles, importsOf } from './module-cycles.ts';

describe('importsOf', () => {
  it('tells value, type-only and dynamic imports and re-exports apart', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from './b.ts';",
      "import { type C, type D } from './c.ts';",
      "import { type E, f } from './e.ts';",
      "import './side-effect.ts';",
      "export { g } from './g.ts';",
      "export type { H } from './h.ts';",
      "const lazy = () => import('./lazy.ts');",
    ].join('\n');
    expect(importsOf('m.ts', text)).toEqual([
      { specifier: './a.ts', kind: 'value' },
      { specifier: './b.ts', kind: 'type' },
      { specifier: './c.ts', kind: 'type' },
      { specifier: './e.ts', kind: 'value' },
      { specifier: './side-effect.ts', kind: 'value' },
      { specifier: './g.ts', kind: 'value' },
      { specifier: './h.ts', kind: 'type' },
      { specifier: './lazy.ts', kind: 'dynamic' },
    ]);
  });
});

describe('findCycles', () => {
  const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

  it('finds none in a tree', () => {
    expect(findCycles(graph({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });

  it('finds each circle once, whatever its length, and a module that imports itself', () => {
    const cycles = findCycles(
      graph({ a: ['b'], b: ['a', 'c'], c: ['d'], d: ['e'], e: ['c'], f: ['f'], g: ['a'] }),
    );
    expect(cycles.sort()).toEqual([['a', 'b'], ['c', 'd', 'e'], ['f']]);
  });
});
