import type { OperationPageDefinition } from '../../components/operation-page/page-definition.ts';
import { WebIdentityTokenResult } from './web-identity-token-result.tsx';
import { WebIdentityTokenFields } from './web-identity-token-fields.tsx';
import '../inspect-ops.css';

/** GetWebIdentityToken: a JWT from AWS for outside services, decoded with its expiry. */
export const page: OperationPageDefinition<'GetWebIdentityToken'> = {
  operation: 'GetWebIdentityToken',
  Fields: WebIdentityTokenFields,
  renderResult: ({ output }) =>
    output.WebIdentityToken ? (
      <WebIdentityTokenResult token={output.WebIdentityToken} expiration={output.Expiration} />
    ) : null,
};
