/**
 * Boundary tests generated from model/sts-model.json: for every operation and every input
 * member (nested ones and list sizes included) the schema's verdict at that member's path must
 * equal the verdict the model's traits (plus the documented rules in docNotes) give.
 */
import { describe, expect, test } from 'vitest';
import type { OperationName } from '../operations.ts';
import { operationSchemas } from './testing/operation-schemas.ts';
import { characterSamples } from './testing/character-samples.ts';
import {
  modelOperationNames,
  modelRegex,
  targetsOf,
  type Path,
  type Target,
} from './testing/model-members.ts';
import {
  asciiSample,
  documentedRule,
  fill,
  probeIndex,
  validInput,
  validItems,
  withCharacterAt,
  withCompanions,
  withValueAt,
} from './testing/model-values.ts';

interface Verdict {
  readonly ok: boolean;
  /** What the message must say when the model (not a documented rule) rejects. */
  readonly message?: RegExp;
}

interface Mismatch {
  readonly case: string;
  readonly expected: boolean;
  readonly messages: readonly string[];
}

const lengthMessage = /characters \(it has [\d,]+\)/;
const patternMessage = /may only contain|may not contain|contains a character/;

function messagesAt(operation: string, input: unknown, path: Path): string[] {
  const result = operationSchemas[operation as OperationName].safeParse(input);
  if (result.success) return [];
  const wanted = JSON.stringify(path);
  return result.error.issues
    .filter((issue) => JSON.stringify(issue.path) === wanted)
    .map((issue) => issue.message);
}

/** Runs the cases and returns every case whose verdict or message disagrees with the expectation. */
function mismatches(
  target: Target,
  cases: readonly { name: string; input: unknown; verdict: Verdict }[],
): Mismatch[] {
  return cases.flatMap(({ name, input, verdict }) => {
    const messages = messagesAt(target.operation, input, target.path);
    const agrees =
      verdict.ok === (messages.length === 0) &&
      (verdict.ok ||
        verdict.message === undefined ||
        messages.some((message) => verdict.message?.test(message)));
    return agrees ? [] : [{ case: name, expected: verdict.ok, messages }];
  });
}

function stringVerdict(target: Target, value: string): Verdict {
  const length = Array.from(value).length;
  const rule = documentedRule(target.operation, target.key, target.shape);
  const documentedOk = rule === undefined || rule(value);
  // When a documented rule also fails, either message may speak first.
  const expect = (message: RegExp): Verdict => ({
    ok: false,
    ...(documentedOk ? { message } : {}),
  });
  if (length < (target.minLength ?? 0) || length > (target.maxLength ?? Infinity))
    return expect(lengthMessage);
  if (target.pattern !== undefined && !modelRegex(target.pattern).test(value))
    return expect(patternMessage);
  return { ok: documentedOk };
}

function inputWith(target: Target, value: unknown): unknown {
  const input = withValueAt(validInput(target.operation), target.path, value);
  return target.path[0] === 'TransitiveTagKeys' ? withCompanions(input) : input;
}

function lengths(target: Target): number[] {
  const min = target.minLength ?? 0;
  const candidates = [min - 1, min, target.maxLength ?? min + 5000];
  if (target.maxLength !== undefined) candidates.push(target.maxLength + 1);
  return [...new Set(candidates.filter((length) => length >= 0))];
}

function stringCases(target: Target) {
  const letters = [asciiSample(target.pattern), 'é', '日', '😀'];
  return lengths(target).flatMap((length) =>
    letters.map((letter) => {
      const value = fill(target.shape, letter, length);
      return {
        name: `${length} × ${letter}`,
        input: inputWith(target, value),
        verdict: stringVerdict(target, value),
      };
    }),
  );
}

function probeCases(target: Target) {
  if (target.pattern === undefined) return [];
  const length = Math.min(Math.max(target.minLength ?? 0, 3), target.maxLength ?? Infinity);
  const base = fill(target.shape, asciiSample(target.pattern), length);
  return characterSamples(target.pattern).map((character) => {
    const value = withCharacterAt(base, probeIndex(target.shape, length), character);
    return {
      name: `probe ${JSON.stringify(character)}`,
      input: inputWith(target, value),
      verdict: stringVerdict(target, value),
    };
  });
}

function integerCases(target: Target) {
  const min = target.min ?? 0;
  const max = target.max ?? Number.MAX_SAFE_INTEGER;
  const whole = /whole number/;
  const range = /must be between [\d,]+ and [\d,]+/;
  const values: [unknown, Verdict][] = [
    [min - 1, { ok: false, message: range }],
    [min, { ok: true }],
    [max, { ok: true }],
    [max + 1, { ok: false, message: range }],
    [min + 0.5, { ok: false, message: whole }],
    [Number.NaN, { ok: false, message: whole }],
    [Number.POSITIVE_INFINITY, { ok: false, message: whole }],
    [String(min), { ok: false, message: whole }],
  ];
  return values.map(([value, verdict]) => ({
    name: String(value),
    input: inputWith(target, value),
    verdict,
  }));
}

function listCases(target: Target) {
  const item = target.item;
  if (item === undefined) return [];
  const min = target.listMin ?? 0;
  const counts = [min - 1, min, 1, target.listMax ?? 60];
  if (target.listMax !== undefined) counts.push(target.listMax + 1);
  return [...new Set(counts.filter((count) => count >= 0))].map((count) => {
    const ok = count >= min && count <= (target.listMax ?? Infinity);
    const items = validItems(target.operation, target.path, item, count);
    return {
      name: `${count} items`,
      input: inputWith(target, items),
      verdict: ok ? { ok } : { ok, message: /entries \(it has \d+\)/ },
    };
  });
}

/** Documented pair: SerialNumber and TokenCode go together, so leaving one out leaves out both. */
const leftOutTogether: Readonly<Record<string, string>> = {
  SerialNumber: 'TokenCode',
  TokenCode: 'SerialNumber',
};

function missingCase(target: Target) {
  let input = withValueAt(validInput(target.operation), target.path, undefined);
  const partner = leftOutTogether[target.key];
  if (partner !== undefined) input = withValueAt(input, [partner], undefined);
  const rule = documentedRule(target.operation, target.key, target.shape);
  const ok = !target.required && (rule === undefined || rule(undefined));
  return [{ name: 'missing', input, verdict: ok ? { ok } : { ok, message: /is required/ } }];
}

describe.each(modelOperationNames)('%s, boundaries from the model', (operation) => {
  test('a valid input with every member filled parses and keeps every member', () => {
    const input = validInput(operation);
    const result = operationSchemas[operation as OperationName].safeParse(input);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toEqual(input);
  });

  const targets = targetsOf(operation);
  test.each(
    targets
      .filter((target) => target.type === 'string')
      .map((target) => [target.key, target] as const),
  )('%s: lengths (code points) with ASCII, é, 日 and 😀', (_key, target) => {
    expect(mismatches(target, stringCases(target))).toEqual([]);
  });
  test.each(
    targets
      .filter((target) => target.pattern !== undefined)
      .map((target) => [target.key, target] as const),
  )('%s: pattern edges', (_key, target) => {
    expect(mismatches(target, probeCases(target))).toEqual([]);
  });
  test.each(
    targets
      .filter((target) => target.type === 'integer')
      .map((target) => [target.key, target] as const),
  )('%s: range, non-integers, NaN', (_key, target) => {
    expect(mismatches(target, integerCases(target))).toEqual([]);
  });
  test.each(
    targets
      .filter((target) => target.type === 'list')
      .map((target) => [target.key, target] as const),
  )('%s: list sizes', (_key, target) => {
    expect(mismatches(target, listCases(target))).toEqual([]);
  });
  test.each(
    targets.filter((target) => target.canBeMissing).map((target) => [target.key, target] as const),
  )('%s: left out', (_key, target) => {
    expect(mismatches(target, missingCase(target))).toEqual([]);
  });
});
