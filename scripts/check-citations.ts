/**
 * Documents and comments that name a test must name one that exists: a test file (`foo.test.ts`,
 * `e2e/x.spec.ts`), optionally followed by `›` and the titles of tests in it in curly quotes
 * (`e2e/x.spec.ts` › “title one”, “title two”). Markdown may also cite repository files by path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export interface Citation {
  /** The citing file, relative to the repository root. */
  file: string;
  line: number;
  /** The path as written: relative to the root or to the citing file's folder. */
  cited: string;
  /** Test titles quoted after the path, if any. */
  titles: string[];
}

const TEST_FILE = String.raw`[\w./-]*[\w-]\.(?:test|spec)\.tsx?`;
const TITLES = String.raw`(?:\s*›\s*((?:“[^”]+”(?:,\s*|\s+and\s+)?)+))?`;
const TEST_CITATION = new RegExp(`(${TEST_FILE})\`?${TITLES}`, 'g');
/** Backticked repository paths in Markdown, e.g. `src/state/persisted-store.ts`. */
const REPO_PATH = /`((?:src|sandbox|scripts|e2e)\/[\w./-]+\.[a-z]+)`/g;

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Pure: the test files (and titles) a text cites; Markdown also gives cited repository paths. */
export function findCitations(text: string, file: string): Citation[] {
  const found: Citation[] = [];
  for (const m of text.matchAll(TEST_CITATION)) {
    const titles = [...(m[2] ?? '').matchAll(/“([^”]+)”/g)].map((t) => t[1] ?? '');
    found.push({ file, line: lineAt(text, m.index), cited: m[1] ?? '', titles });
  }
  if (file.endsWith('.md')) {
    for (const m of text.matchAll(REPO_PATH)) {
      const cited = m[1] ?? '';
      if (!found.some((c) => c.cited === cited))
        found.push({ file, line: lineAt(text, m.index), cited, titles: [] });
    }
  }
  return found;
}

/**
 * Pure: the comment text of a source file, other characters blanked so line numbers stay. Only
 * comments cite; a string such as `'*.test.ts'` in a glob does not.
 */
export function commentText(source: string): string {
  const comments = /\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;
  let out = '';
  let last = 0;
  for (const m of source.matchAll(comments)) {
    out += source.slice(last, m.index).replace(/[^\n]/g, ' ') + m[0];
    last = m.index + m[0].length;
  }
  return out + source.slice(last).replace(/[^\n]/g, ' ');
}

/**
 * Pure: the titles of `test(…)`, `it(…)` and `describe(…)` calls in a test file, and of
 * `it.each([…])('title %s', …)` tables (as written, with their placeholders).
 */
export function testTitles(source: string): string[] {
  const title = String.raw`\(\s*(['"\x60])((?:\\.|(?!\1)[^\\])*)\1`;
  const call = new RegExp(
    String.raw`\b(?:test|it|describe)(?:\.(?:describe|only|skip|fixme|fails|concurrent|serial))*` +
      title,
    'g',
  );
  const table = new RegExp(String.raw`\b(?:test|it|describe)\.each\([\s\S]*?\]\s*\)` + title, 'g');
  return [...source.matchAll(call), ...source.matchAll(table)].map((m) =>
    (m[2] ?? '').replace(/\\(.)/g, '$1'),
  );
}

/** The repository-relative path a citation names, if that file exists. */
export function resolveCitation(
  citation: Citation,
  exists: (path: string) => boolean,
): string | undefined {
  const candidates = [citation.cited, join(dirname(citation.file), citation.cited)];
  // A bare spec name (`security.spec.ts`) means the Playwright journey of that name.
  if (!citation.cited.includes('/') && citation.cited.includes('.spec.'))
    candidates.push(`e2e/${citation.cited}`);
  return candidates.find(exists);
}

/** What is wrong with one citation: its file is missing, or a quoted title is not in it. */
export function citationProblems(
  citation: Citation,
  exists: (path: string) => boolean,
  read: (path: string) => string,
): string[] {
  const where = `${citation.file}:${String(citation.line)}`;
  const path = resolveCitation(citation, exists);
  if (path === undefined) return [`${where} cites ${citation.cited}, which does not exist`];
  if (citation.titles.length === 0) return [];
  const titles = new Set(testTitles(read(path)));
  return citation.titles
    .filter((t) => !titles.has(t))
    .map((t) => `${where} cites a test “${t}” that ${path} does not have`);
}

const SCANNED_DIRS = ['src', 'sandbox', 'scripts', 'e2e'];
const SOURCE = /\.(?:ts|tsx|js|mjs|md)$/;
/** This checker's own examples are not citations. */
const NOT_SCANNED = new Set(['scripts/check-citations.ts', 'scripts/check-citations.test.ts']);

/** Every Markdown file at the root and every source or Markdown file under the scanned folders. */
export function filesToScan(root: string): string[] {
  const markdown = readdirSync(root).filter((f) => f.endsWith('.md'));
  const sources = SCANNED_DIRS.flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .map((f) => join(dir, f))
      .filter((f) => SOURCE.test(f) && !f.includes('node_modules')),
  );
  return [...markdown, ...sources]
    .map((f) => relative(root, join(root, f)))
    .filter((f) => !NOT_SCANNED.has(f));
}

/** Every citation problem in the repository at `root`. */
export function checkRepository(root: string): { citations: Citation[]; problems: string[] } {
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const exists = (path: string) => existsSync(join(root, path));
  const citations = filesToScan(root).flatMap((file) => {
    const text = read(file);
    return findCitations(file.endsWith('.md') ? text : commentText(text), file);
  });
  return { citations, problems: citations.flatMap((c) => citationProblems(c, exists, read)) };
}
