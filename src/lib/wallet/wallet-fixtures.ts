import type { EndpointBinding } from './endpoint-binding.ts';

/** Tests' binding: a set issued by the local sandbox, allowed nowhere else. */
export const sandboxBinding: EndpointBinding = {
  issuedBy: { kind: 'sandbox', url: 'http://127.0.0.1:5174' },
  allowed: [],
};
