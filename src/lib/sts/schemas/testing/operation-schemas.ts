/** Test support: every operation's schema, loaded once for the test files that need them all. */
import { loadOperationSchemas } from '../../schemas.ts';

export const operationSchemas = await loadOperationSchemas();
