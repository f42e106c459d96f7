import { operationList, type OperationName, type operations } from './operations.ts';

/** The precise zod schema of an operation's input (its `.shape`, its form input type). */
export type OperationSchema<N extends OperationName> = Awaited<
  ReturnType<(typeof operations)[N]['loadSchema']>
>;

/** Every operation's schema, by name. */
export type OperationSchemas = { readonly [N in OperationName]: OperationSchema<N> };

/**
 * Loads every operation's model-exact input schema (for tests and tools: the console loads one
 * schema at a time, from the registry's `loadSchema`).
 */
export async function loadOperationSchemas(): Promise<OperationSchemas> {
  const entries = await Promise.all(
    operationList.map(async (op) => [op.name, await op.loadSchema()] as const),
  );
  return Object.fromEntries(entries) as unknown as OperationSchemas;
}
