import { lazyModule } from '../../components/lazy-module.ts';

/**
 * Reading a token (decoding, the session name it suggests, what failure advice says of it): loaded
 * right after the first screen, which has no token in it yet.
 */
export const tokenSummary = lazyModule(() => import('./token-summary.ts'));
