/**
 * Which npm packages end up in the browser bundle: the bare imports of every module reachable
 * from the page's entry scripts. Used by a test that fails when such a package is only a
 * devDependency (then `npm ls --omit=dev` and `npm audit --omit=dev` miss what users run).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

/** Pure: the module specifiers a source file loads at run time (`import type` and type-only exports left out). */
export function valueImportsOf(source: string, fileName: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (node.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword) {
        found.push(node.moduleSpecifier.text);
      }
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      if (!node.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Pure: the npm package a bare specifier names ('@scope/a/b' → '@scope/a'); undefined for relative, absolute, node: and virtual: ones. */
export function packageNameOf(specifier: string): string | undefined {
  if (/^(\.|\/|node:|virtual:|\0)/.test(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Pure: the module scripts an HTML page loads (`<script type="module" src="…">`). */
export function moduleScriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
}

/** The packages imported by every module reachable from these entry files (relative imports followed). */
export function bundledPackages(entries: readonly string[]): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [...entries];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(ts|tsx|js|mjs)$/.test(file)) continue;
    for (const specifier of valueImportsOf(readFileSync(file, 'utf8'), file)) {
      const name = packageNameOf(specifier);
      if (name !== undefined) {
        if (!packages.has(name)) packages.set(name, file);
      } else if (specifier.startsWith('.')) {
        queue.push(resolve(dirname(file), specifier.replace(/\?.*$/, '')));
      }
    }
  }
  return packages;
}
