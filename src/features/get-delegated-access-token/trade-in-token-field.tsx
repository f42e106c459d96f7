import { useState } from 'react';
import { TextField } from '../../components/form/text-field.tsx';
import { embeddedSandboxUrl } from '../../state/endpoint-settings-store.ts';
import '../credential-ops.css';
import { RevealToggle } from '../../components/form/reveal-toggle.tsx';

/** The trade-in token, masked until revealed. */
export function TradeInTokenField() {
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
