import { z } from 'zod';
import { formatCount } from './text.ts';

function entries(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'entry' : 'entries'}`;
}

function listSchema<Item extends z.ZodType>(name: string, item: Item, min: number, max: number) {
  return z
    .array(item, {
      error: (issue) =>
        issue.input === undefined ? `${name} is required` : `${name} must be a list`,
    })
    .superRefine(
      (items, context) => {
        if (items.length >= min && items.length <= max) return;
        const has = `(it has ${formatCount(items.length)})`;
        const message =
          min === 0
            ? `${name} can have at most ${entries(max)} ${has}`
            : `${name} must have ${formatCount(min)} to ${entries(max)} ${has}`;
        context.addIssue({ code: 'custom', message, input: items });
      },
      // The size rule holds whatever the items say, so it speaks even when an item is broken.
      { when: (payload) => Array.isArray(payload.value) },
    );
}

/** A required list member with a size range (Smithy @length on a list). */
export function requiredList<Item extends z.ZodType>(
  name: string,
  item: Item,
  min: number,
  max: number,
) {
  return listSchema(name, item, min, max);
}

/** An optional list member with a size range. */
export function optionalList<Item extends z.ZodType>(
  name: string,
  item: Item,
  min: number,
  max: number,
) {
  return listSchema(name, item, min, max).optional();
}
