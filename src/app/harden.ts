/**
 * Imported first by main.tsx: the Trusted Types policy must exist before anything parses XML, and
 * zod's `jitless` flag before zod loads (later, on demand; it is not part of the first screen).
 */
import { installTrustedTypesPolicy } from './trusted-types.ts';
import { configureZodJitless } from './zod-jitless.ts';

installTrustedTypesPolicy();
configureZodJitless();
