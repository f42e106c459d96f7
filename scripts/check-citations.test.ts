import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  checkRepository,
  citationProblems,
  commentText,
  findCitations,
  testTitles,
  type Citation,
} from './check-citations.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('every test a document or comment cites exists (issue 18)', () => {
  const { citations, problems } = checkRepository(root);

  it('finds the citations it is meant to check', () => {
    const cited = citations.map((c) => `${c.file} → ${c.cited}`);
    expect(cited).toContain('THREAT-MODEL.md → scripts/security-headers.test.ts');
    expect(cited).toContain('src/lib/sts/partitions.ts → partitions.test.ts');
    expect(citations.some((c) => c.file === 'THREAT-MODEL.md' && c.titles.length > 0)).toBe(true);
  });

  it('has no citation of a missing file or test', () => {
    expect(problems).toEqual([]);
  });
});

describe('findCitations', () => {
  it('reads paths, bare names and quoted titles', () => {
    const text = [
      'see `e2e/security.spec.ts` › “the page refuses to be framed”, “no postMessage listener”',
      '// kept in sync by partitions.test.ts',
      'and src/components/form/text-field.test.tsx',
    ].join('\n');
    expect(findCitations(text, 'X.md')).toEqual([
      {
        file: 'X.md',
        line: 1,
        cited: 'e2e/security.spec.ts',
        titles: ['the page refuses to be framed', 'no postMessage listener'],
      },
      { file: 'X.md', line: 2, cited: 'partitions.test.ts', titles: [] },
      { file: 'X.md', line: 3, cited: 'src/components/form/text-field.test.tsx', titles: [] },
    ]);
  });

  it('takes backticked repository paths from Markdown only', () => {
    const text = 'enforced by `src/state/persisted-store.ts` and `npm test`';
    expect(findCitations(text, 'README.md').map((c) => c.cited)).toEqual([
      'src/state/persisted-store.ts',
    ]);
    expect(findCitations(text, 'src/a.ts')).toEqual([]);
  });

  it('ignores globs, which name no file', () => {
    expect(findCitations("include: ['src/**/*.test.{ts,tsx}', 'e2e/*.spec.ts']", 'v.ts')).toEqual(
      [],
    );
  });
});

describe('commentText', () => {
  it('keeps comments and line numbers, blanks code and strings', () => {
    const source = "const glob = 'a.test.ts';\n/** b.test.ts keeps it */\nx(); // c.spec.ts\n";
    const comments = commentText(source);
    expect(comments.split('\n')).toHaveLength(4);
    expect(findCitations(comments, 'f.ts').map((c) => [c.cited, c.line])).toEqual([
      ['b.test.ts', 2],
      ['c.spec.ts', 3],
    ]);
  });
});

describe('testTitles', () => {
  it('reads test, it and describe titles across lines and quote styles', () => {
    const source = [
      "test.describe('promise 8: no framing', () => {",
      '  test(',
      '    "a \\"quoted\\" title",',
      '    async () => {},',
      '  );',
      '  it(`template ${"x"}`, () => {});',
      "  test('an unsigned call’s credentials', () => {});",
      "  it.each([['a', 1], ['b', 2]])('refuses %s before parsing', () => {});",
      '});',
    ].join('\n');
    expect(testTitles(source)).toEqual([
      'promise 8: no framing',
      'a "quoted" title',
      'template ${"x"}',
      'an unsigned call’s credentials',
      'refuses %s before parsing',
    ]);
  });
});

describe('citationProblems', () => {
  const files: Record<string, string> = {
    'e2e/a.spec.ts': "test('works', async () => {});",
    'src/lib/b.test.ts': "it('adds', () => {});",
  };
  const exists = (p: string) => p in files;
  const read = (p: string) => files[p] ?? '';
  const cite = (over: Partial<Citation>): Citation => ({
    file: 'DOC.md',
    line: 3,
    cited: 'e2e/a.spec.ts',
    titles: [],
    ...over,
  });

  it('accepts an existing file, root-relative or next to the citing file', () => {
    expect(citationProblems(cite({}), exists, read)).toEqual([]);
    expect(
      citationProblems(cite({ file: 'src/lib/b.ts', cited: 'b.test.ts' }), exists, read),
    ).toEqual([]);
  });

  it('finds a bare spec name among the e2e journeys', () => {
    expect(citationProblems(cite({ file: 'src/x.ts', cited: 'a.spec.ts' }), exists, read)).toEqual(
      [],
    );
  });

  it('reports a missing file', () => {
    expect(citationProblems(cite({ cited: 'e2e/gone.spec.ts' }), exists, read)).toEqual([
      'DOC.md:3 cites e2e/gone.spec.ts, which does not exist',
    ]);
  });

  it('reports a quoted title the file does not have', () => {
    expect(citationProblems(cite({ titles: ['works', 'flies'] }), exists, read)).toEqual([
      'DOC.md:3 cites a test “flies” that e2e/a.spec.ts does not have',
    ]);
  });
});
