import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bundledPackages,
  moduleScriptsOf,
  packageNameOf,
  valueImportsOf,
} from './bundle-imports.ts';

const root = resolve(import.meta.dirname, '..');

describe('valueImportsOf', () => {
  it('lists value imports, re-exports and dynamic imports, not type-only ones', () => {
    const source = [
      "import a from 'a';",
      "import { b } from '@scope/b/sub';",
      "import { type C } from 'c';",
      "import type { D } from 'd';",
      "import 'e';",
      "export { f } from './f.ts';",
      "export type { G } from 'g';",
      "const h = await import('h');",
      "type I = typeof import('i');",
    ].join('\n');
    expect(valueImportsOf(source, 'x.ts').sort()).toEqual(
      ['./f.ts', '@scope/b/sub', 'a', 'c', 'e', 'h'].sort(),
    );
  });
});

describe('packageNameOf', () => {
  it.each([
    ['react', 'react'],
    ['react-dom/client', 'react-dom'],
    ['@hookform/resolvers/zod', '@hookform/resolvers'],
    ['@aws-sdk/client-sts', '@aws-sdk/client-sts'],
    ['./local.ts', undefined],
    ['/abs.ts', undefined],
    ['node:fs', undefined],
    ['virtual:pwa', undefined],
  ])('%s → %s', (specifier, name) => {
    expect(packageNameOf(specifier)).toBe(name);
  });
});

describe('the browser bundle', () => {
  const entries = moduleScriptsOf(readFileSync(resolve(root, 'index.html'), 'utf8')).map((src) =>
    resolve(root, `.${src}`),
  );
  const bundled = bundledPackages(entries);
  const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };

  it('is found from the page’s entry script', () => {
    expect(entries).toEqual([resolve(root, 'src/app/main.tsx')]);
    expect([...bundled.keys()]).toEqual(expect.arrayContaining(['react', '@aws-sdk/client-sts']));
  });

  it('uses only packages listed under dependencies (not devDependencies)', () => {
    const missing = [...bundled]
      .filter(([name]) => manifest.dependencies?.[name] === undefined)
      .map(([name, file]) => `${name} (imported by ${file.slice(root.length + 1)})`);
    expect(missing).toEqual([]);
  });
});
