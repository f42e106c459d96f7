import { z } from 'zod';
import type { CharsetRule } from './patterns.ts';
import {
  codePointLength,
  describeCharacter,
  firstRejectedCharacter,
  formatCount,
  isVisibleAscii,
} from './text.ts';

/** One rule on a string member: returns the message when `value` breaks it. */
export type StringCheck = (value: string, name: string) => string | undefined;

function characters(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'character' : 'characters'}`;
}

/** Smithy @length, counted in code points (zod's .min/.max count UTF-16 units, so they are not used). */
export function lengthCheck(min: number, max?: number): StringCheck {
  return (value, name) => {
    const length = codePointLength(value);
    if (length >= min && (max === undefined || length <= max)) return undefined;
    const has = `(it has ${formatCount(length)})`;
    if (max === undefined) return `${name} must be at least ${characters(min)} ${has}`;
    if (min === max) return `${name} must be exactly ${characters(min)} ${has}`;
    if (min === 0) return `${name} must be at most ${characters(max)} ${has}`;
    return `${name} must be ${formatCount(min)} to ${characters(max)} ${has}`;
  };
}

/** Smithy @pattern, applied as a full match; names the first character the class rejects. */
export function charsetCheck(rule: CharsetRule): StringCheck {
  return (value, name) => {
    if (rule.pattern.test(value)) return undefined;
    const rejected = firstRejectedCharacter(value, rule.character);
    if (rule.allowed === undefined) {
      return rejected === undefined
        ? `${name} contains a character that is not allowed`
        : `${name} may not contain ${describeCharacter(rejected)}`;
    }
    if (rejected === undefined || isVisibleAscii(rejected)) {
      return `${name} may only contain ${rule.allowed}`;
    }
    const scope = rule.asciiLetters ? 'ASCII ' : '';
    return `${name} may not contain ${describeCharacter(rejected)}: only ${scope}${rule.allowed} are allowed`;
  };
}

/** Documented rule: the value must not start with `prefix` (compared case-insensitively). */
export function forbiddenPrefixCheck(prefix: string, reason: string): StringCheck {
  return (value, name) =>
    value.toLowerCase().startsWith(prefix.toLowerCase())
      ? `${name} must not start with "${prefix}" (${reason})`
      : undefined;
}

function stringSchema(name: string, checks: readonly StringCheck[]) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${name} is required` : `${name} must be text`,
    })
    .superRefine((value, context) => {
      // Checks run in order and the first broken one speaks: one clear message per field.
      for (const check of checks) {
        const message = check(value, name);
        if (message !== undefined) {
          context.addIssue({ code: 'custom', message, input: value });
          return;
        }
      }
    });
}

/** A required string member; `name` is the field in words, as messages start with it. */
export function requiredString(name: string, checks: readonly StringCheck[]) {
  return stringSchema(name, checks);
}

/** An optional string member (absent = undefined). */
export function optionalString(name: string, checks: readonly StringCheck[]) {
  return stringSchema(name, checks).optional();
}
