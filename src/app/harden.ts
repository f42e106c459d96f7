/**
 * Imported first by main.tsx: the Trusted Types policy must exist before anything parses XML.
 * (zod's `jitless` flag — no eval-based fast paths, which the CSP forbids — is set by the classic
 * script public/zod-jitless.js, before any module; zod itself loads later, on demand.)
 */
import { installTrustedTypesPolicy } from './trusted-types.ts';

installTrustedTypesPolicy();
