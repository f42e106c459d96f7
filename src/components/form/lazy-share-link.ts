import { lazyModule } from '../lazy-module.ts';

/**
 * Reading and building share links, and what a link's endpoint asks for: loaded right after the
 * first screen (a link's prefill is applied once it arrives; "Copy share link" waits for it on the
 * rare click that comes first).
 */
export const shareLinks = lazyModule(async () => {
  const [links, endpoint] = await Promise.all([
    import('../../lib/share-link/share-link.ts'),
    import('../../lib/share-link/endpoint-request.ts'),
  ]);
  return {
    parseShareLink: links.parseShareLink,
    buildShareLink: links.buildShareLink,
    endpointRequest: endpoint.endpointRequest,
  };
});
