import { lazyModule } from '../lazy-module.ts';

/**
 * Reading and building share links: loaded right after the first screen (a link's prefill is
 * applied once it arrives; "Copy share link" waits for it on the rare click that comes first).
 */
export const shareLinks = lazyModule(() => import('../../lib/share-link/share-link.ts'));
