import { useState } from 'react';
import { TextField } from '../../components/form/text-field.tsx';
import type { OperationPageDefinition } from '../../components/operation-page/page-definition.ts';
import { embeddedSandboxUrl } from '../../state/endpoint-settings-store.ts';
import { delegatedIdentity, delegatedLabel } from './delegated-values.ts';
import '../credential-ops.css';
import { RevealToggle } from '../../components/form/reveal-toggle.tsx';

function TradeInTokenField() {
  const [revealed, setRevealed] = useState(false);
  return (
    <div className="token-field">
      <TextField
        name="TradeInToken"
        label="Trade-in token"
        required
        secret
        revealed={revealed}
        placeholder="The delegated access token you were given"
        hint={
          embeddedSandboxUrl ? (
            <>
              A sandbox token: <code>npm run sandbox -- trade-in-token</code>
            </>
          ) : (
            'Short-lived; it is used once and never stored.'
          )
        }
      />
      <RevealToggle
        what="trade-in token"
        revealed={revealed}
        onToggle={() => {
          setRevealed((r) => !r);
        }}
      />
    </div>
  );
}

/** Trade a delegated access token in for credentials of the principal it delegates. */
export const page: OperationPageDefinition<'GetDelegatedAccessToken'> = {
  operation: 'GetDelegatedAccessToken',
  Fields: TradeInTokenField,
  heading: 'Delegated credentials',
  describeSet: ({ output }) => ({
    label: delegatedLabel(output.AssumedPrincipal),
    identity: delegatedIdentity(output.AssumedPrincipal),
  }),
  details: ({ output }) => [
    [
      'Assumed principal',
      output.AssumedPrincipal ? (
        <code key="p">{output.AssumedPrincipal}</code>
      ) : (
        <span className="kv__note">not returned</span>
      ),
    ],
  ],
};
