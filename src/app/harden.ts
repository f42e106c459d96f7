/**
 * Imported first by main.tsx. (zod's jitless flag is also set earlier still, by the classic
 * script public/zod-jitless.js, because shared chunks evaluate before main's own code.) modules that build
 * zod schemas at load time must already see `jitless`, and the Trusted Types policy must exist
 * before anything parses XML.
 */
import { config as zodConfig } from 'zod/v4/core';
import { installTrustedTypesPolicy } from './trusted-types.ts';

installTrustedTypesPolicy();
// No eval-based fast paths: the CSP forbids them, and zod's probe would raise a violation.
zodConfig({ jitless: true });
