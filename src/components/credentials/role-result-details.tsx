import type { DetailRows } from '../operation-page/page-definition.ts';
import { sessionSizeDetails } from './session-size-details.ts';

/** The result-card lines every role session shares: source identity, when set, and its sizes. */
export function roleResultDetails(output: {
  SourceIdentity?: string | undefined;
  PackedPolicySize?: number | undefined;
  SessionTokenSize?: number | undefined;
  SessionTokenUtilization?: number | undefined;
}): DetailRows {
  return [
    ...(output.SourceIdentity
      ? [['Source identity', <code key="si">{output.SourceIdentity}</code>] as const]
      : []),
    ...sessionSizeDetails(output),
  ];
}
