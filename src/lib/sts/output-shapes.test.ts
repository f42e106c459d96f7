import { describe, expect, it } from 'vitest';
import stsModel from './sts-model.json';
import { OUTPUT_SHAPES, type OutputRule } from './output-shapes.ts';
import { operationNames } from './schemas.ts';

interface ModelOutputMember {
  readonly name: string;
  readonly required: boolean;
  readonly type: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly min?: number;
  readonly sensitive?: boolean;
  readonly members?: readonly ModelOutputMember[];
}

const operations: Readonly<Record<string, { readonly output: readonly ModelOutputMember[] }>> =
  stsModel.operations;

/** Members the console keeps secret though the model does not mark them sensitive. */
const ALSO_SECRET = new Set(['Credentials.SessionToken']);

/** The rule the model implies for a member; `cap` is the console's, so only its presence is set. */
function expectedRule(
  member: ModelOutputMember,
  path: string,
  actual: OutputRule | undefined,
): Record<string, unknown> {
  const base = { required: member.required };
  switch (member.type) {
    case 'structure':
      return {
        ...base,
        kind: 'structure',
        members: Object.fromEntries(
          (member.members ?? []).map((m): [string, unknown] => [
            m.name,
            expectedRule(
              m,
              `${path}.${m.name}`,
              actual?.kind === 'structure' ? actual.members[m.name] : undefined,
            ),
          ]),
        ),
      };
    case 'timestamp':
      return { ...base, kind: 'timestamp', expiration: member.name === 'Expiration' };
    case 'integer':
      return { ...base, kind: 'integer', min: member.min };
    case 'string': {
      const sensitive = member.sensitive === true || ALSO_SECRET.has(path);
      return {
        ...base,
        kind: 'string',
        ...(member.minLength === undefined ? {} : { minLength: member.minLength }),
        ...(member.maxLength === undefined
          ? { cap: actual?.kind === 'string' ? (actual.cap ?? 'missing') : 'missing' }
          : { maxLength: member.maxLength }),
        ...(member.pattern === undefined ? {} : { pattern: member.pattern }),
        ...(sensitive ? { sensitive: true } : {}),
      };
    }
    default:
      throw new Error(`${path}: no rule for model type ${member.type}`);
  }
}

describe('OUTPUT_SHAPES', () => {
  it('covers the eleven operations and nothing else', () => {
    expect(Object.keys(OUTPUT_SHAPES).sort()).toEqual([...operationNames].sort());
    expect(Object.keys(operations).sort()).toEqual([...operationNames].sort());
  });

  it.each(operationNames)('%s: every output member as sts-model.json has it', (operation) => {
    const table = OUTPUT_SHAPES[operation];
    const expected = Object.fromEntries(
      (operations[operation]?.output ?? []).map((m) => [
        m.name,
        expectedRule(m, m.name, table[m.name]),
      ]),
    );
    expect(table).toEqual(expected);
  });

  it('bounds every string, by the model or by a console cap', () => {
    const caps: number[] = [];
    const walk = (rule: OutputRule) => {
      if (rule.kind === 'structure') Object.values(rule.members).forEach(walk);
      if (rule.kind === 'string') {
        expect(rule.maxLength ?? rule.cap).toBeGreaterThan(0);
        if (rule.cap !== undefined) caps.push(rule.cap);
      }
    };
    Object.values(OUTPUT_SHAPES).forEach((shape) => {
      Object.values(shape).forEach(walk);
    });
    // The caps stay far above anything STS sends and far below what freezes a tab.
    expect(Math.min(...caps)).toBeGreaterThanOrEqual(256);
    expect(Math.max(...caps)).toBeLessThanOrEqual(262_144);
  });
});
