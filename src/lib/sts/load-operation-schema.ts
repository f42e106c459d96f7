import type { operationSchemas } from './schemas.ts';
import type { OperationName } from './schemas.ts';

/** The model-exact schema of one operation, loading zod and the schemas on first use. */
export function loadOperationSchema<N extends OperationName>(
  name: N,
): Promise<(typeof operationSchemas)[N]> {
  return import('./schemas.ts').then((module) => module.operationSchemas[name]);
}
