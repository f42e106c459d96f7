import type { z } from 'zod';
import { isRecord } from './records.ts';

type CrossFieldCheck = (values: unknown, context: z.RefinementCtx) => void;

/**
 * superRefine params that run cross-field rules whenever the input is an object, even when a
 * member is missing or mistyped, so every field's message shows at once. The rules therefore
 * read members defensively (as unknown).
 */
export const whenObject = { when: (payload: { value: unknown }) => isRecord(payload.value) };

/** Runs several cross-field rules as one superRefine callback. */
export function crossFieldRules(...checks: readonly CrossFieldCheck[]) {
  return (values: unknown, context: z.RefinementCtx): void => {
    for (const check of checks) check(values, context);
  };
}
