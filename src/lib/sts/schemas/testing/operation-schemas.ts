/** Test support: every operation's schema, loaded once for the test files that need them all. */
import { operationList, type OperationName, type operations } from '../../operations.ts';

/** The precise zod schema of an operation's input (its `.shape`, its form input type). */
type OperationSchema<N extends OperationName> = Awaited<
  ReturnType<(typeof operations)[N]['loadSchema']>
>;

/** Every operation's schema, by name. */
export type OperationSchemas = { readonly [N in OperationName]: OperationSchema<N> };

/** Every operation's model-exact input schema, from the registry's loaders. */
async function loadOperationSchemas(): Promise<OperationSchemas> {
  const entries = await Promise.all(
    operationList.map(async (op) => [op.name, await op.loadSchema()] as const),
  );
  return Object.fromEntries(entries) as unknown as OperationSchemas;
}

export const operationSchemas = await loadOperationSchemas();
