import { z } from 'zod';
import { optionalList } from './list-member.ts';
import { tagKeyCharset, tagValueCharset } from './patterns.ts';
import { isRecord, stringsAt } from './records.ts';
import { charsetCheck, lengthCheck, requiredString } from './string-member.ts';

const tagKeyChecks = [lengthCheck(1, 128), charsetCheck(tagKeyCharset)] as const;

/** Tags: [{ Key, Value }], 0..50; Key 1..128 and Value 0..256 of letters, digits, spaces and _.:/=+-@. */
export function tagListMember() {
  const tag = z.object(
    {
      Key: requiredString('Tag key', tagKeyChecks),
      // Value is required but may be empty: the form must send '' for an empty value.
      Value: requiredString('Tag value', [lengthCheck(0, 256), charsetCheck(tagValueCharset)]),
    },
    { error: () => 'Tag must be an object with Key and Value' },
  );
  return optionalList('Tags', tag, 0, 50);
}

/** TransitiveTagKeys: string[], 0..50, each a tag key. */
export function transitiveTagKeysMember() {
  return optionalList(
    'Transitive tag keys',
    requiredString('Transitive tag key', tagKeyChecks),
    0,
    50,
  );
}

function tagKeysOf(tags: unknown): { index: number; value: string }[] {
  if (!Array.isArray(tags)) return [];
  return stringsAt(tags.map((tag: unknown) => (isRecord(tag) ? tag.Key : undefined)));
}

/** Cross-field (docs): tag keys are case-insensitive, so two tags may not share a key. */
export function checkUniqueTagKeys(values: unknown, context: z.RefinementCtx): void {
  if (!isRecord(values)) return;
  const seen = new Map<string, number>();
  for (const { index, value } of tagKeysOf(values.Tags)) {
    const folded = value.toLowerCase();
    const first = seen.get(folded);
    if (first === undefined) {
      seen.set(folded, index);
      continue;
    }
    context.addIssue({
      code: 'custom',
      path: ['Tags', index, 'Key'],
      message: `Tag key "${value}" repeats the key of tag ${first + 1} (tag keys are case-insensitive)`,
      input: value,
    });
  }
}

/** Cross-field (docs): each transitive tag key must name a key among Tags, case-insensitively. */
export function checkTransitiveTagKeys(values: unknown, context: z.RefinementCtx): void {
  if (!isRecord(values)) return;
  const keys = new Set(tagKeysOf(values.Tags).map(({ value }) => value.toLowerCase()));
  for (const { index, value } of stringsAt(values.TransitiveTagKeys)) {
    if (keys.has(value.toLowerCase())) continue;
    context.addIssue({
      code: 'custom',
      path: ['TransitiveTagKeys', index],
      message: `Transitive tag key "${value}" must be the key of one of the session tags`,
      input: value,
    });
  }
}
