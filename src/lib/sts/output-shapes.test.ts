import { describe, expect, it } from 'vitest';
import stsModel from '../../../model/sts-model.json';
import { operationDefinition, operationList } from './operations.ts';
import type { OutputRule } from './output-shapes.ts';

const operationNames = operationList.map((op) => op.name);

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

/** Members whose value an identity provider picks: the model's minimum length is not held. */
const ISSUER_DEFINED = new Set(['SubjectFromWebIdentityToken']);

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
        ...(member.minLength === undefined || ISSUER_DEFINED.has(path)
          ? {}
          : { minLength: member.minLength }),
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

describe('the registry’s output rules', () => {
  it('the model has exactly the registry’s operations', () => {
    expect(Object.keys(operations).sort()).toEqual([...operationNames].sort());
  });

  it.each(operationNames)('%s: every output member as sts-model.json has it', (operation) => {
    const table: Readonly<Record<string, OutputRule | undefined>> =
      operationDefinition(operation).output;
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
    for (const op of operationList) {
      const rules: Readonly<Record<string, OutputRule | undefined>> = op.output;
      for (const rule of Object.values(rules)) if (rule) walk(rule);
    }
    // The caps stay far above anything STS sends and far below what freezes a tab.
    expect(Math.min(...caps)).toBeGreaterThanOrEqual(256);
    expect(Math.max(...caps)).toBeLessThanOrEqual(262_144);
  });
});
