import { z } from 'zod';
import { formatCount } from './text.ts';

/** An optional integer member with the model's range; NaN (garbage typed in a number field) is "not a whole number". */
export function optionalInteger(name: string, min: number, max: number, unit: string) {
  const wholeNumber = `${name} must be a whole number`;
  return z
    .number({ error: (issue) => (issue.input === undefined ? `${name} is required` : wholeNumber) })
    .superRefine((value, context) => {
      if (!Number.isInteger(value)) {
        context.addIssue({ code: 'custom', message: wholeNumber, input: value });
      } else if (value < min || value > max) {
        const message = `${name} must be between ${formatCount(min)} and ${formatCount(max)} ${unit}`;
        context.addIssue({ code: 'custom', message, input: value });
      }
    })
    .optional();
}

/** MinimumSessionTokenSize: not in the model; the SDK documents 0..4,096 bytes. */
export function minimumSessionTokenSizeMember() {
  return optionalInteger('Minimum session token size', 0, 4096, 'bytes');
}
