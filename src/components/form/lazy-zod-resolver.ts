import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/** A zod schema, or a loader for one (the first screen loads zod only when it is needed). */
export type SchemaSource<T> = z.ZodType<T> | (() => Promise<z.ZodType<T>>);

export interface LazyResolver {
  resolver: Resolver;
  /** Starts loading zod and the schema now (e.g. while the browser is idle). */
  prepare: () => Promise<unknown>;
}

/**
 * A react-hook-form resolver that validates with zod, loading zod's resolver (and the schema, when
 * given a loader) on first use. A failed load is not remembered: the next submit tries again.
 */
export function lazyZodResolver<T>(source: SchemaSource<T>): LazyResolver {
  let ready: Promise<Resolver> | undefined;
  const prepare = () => {
    ready ??= Promise.all([
      import('@hookform/resolvers/zod'),
      typeof source === 'function' ? source() : Promise.resolve(source),
    ]).then(
      ([{ zodResolver }, schema]) => zodResolver(schema as z.ZodType<FieldValues, FieldValues>),
      (error: unknown) => {
        ready = undefined;
        throw error;
      },
    );
    return ready;
  };
  return {
    resolver: async (values, context, options) => (await prepare())(values, context, options),
    prepare,
  };
}
