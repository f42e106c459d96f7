import { parseDecodedAuthorizationMessage } from '../../lib/decoders/decoded-authorization-message.ts';
import type { OperationPageDefinition } from '../../components/operation-page/page-definition.ts';
import { DecodedMessageView } from './decoded-message-view.tsx';
import { EncodedMessageField } from './encoded-message-field.tsx';
import '../inspect-ops.css';

/** What STS decoded, read as a person would, or the raw text when it cannot be read. */
function DecodedResult({ text }: { text: string | undefined }) {
  if (text === undefined) return null;
  const decoded = parseDecodedAuthorizationMessage(text);
  if (decoded.ok) return <DecodedMessageView message={decoded.value} />;
  return (
    <div className="callout callout--warning" role="alert">
      <p>STS answered, but the console cannot read the document: {decoded.error}</p>
      <pre className="code-block" tabIndex={0}>
        {text}
      </pre>
    </div>
  );
}

/** DecodeAuthorizationMessage: why a request was denied, read from the encoded message. */
export const page: OperationPageDefinition<'DecodeAuthorizationMessage'> = {
  operation: 'DecodeAuthorizationMessage',
  Fields: EncodedMessageField,
  renderResult: ({ output }) => <DecodedResult text={output.DecodedMessage} />,
};
