import { useId, useState } from 'react';
import { wallet } from '../../state/wallet.ts';
import { selectSigner } from '../../state/signer.ts';
import { endpointSettingsStore } from '../../state/endpoint-settings-store.ts';
import { bindingTo } from '../../lib/wallet/endpoint-binding.ts';
import { checkKeys, type KeyProblem } from '../../lib/wallet/check-keys.ts';

/** Type or paste access keys into the wallet (memory only) and sign with them. */
export function AddKeysForm({ onDone }: { onDone: () => void }) {
  const id = useId();
  const [values, setValues] = useState({ accessKeyId: '', secretAccessKey: '', sessionToken: '' });
  const [error, setError] = useState<KeyProblem | undefined>();
  const input = (field: keyof typeof values, label: string, secret: boolean) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${field}`}>
        {label}
      </label>
      <input
        id={`${id}-${field}`}
        className={secret ? 'input input--masked' : 'input'}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={values[field]}
        aria-invalid={error?.field === field}
        aria-describedby={error?.field === field ? `${id}-error` : undefined}
        onChange={(e) => {
          setValues({ ...values, [field]: e.target.value });
        }}
      />
      {error?.field === field ? (
        <p id={`${id}-error`} className="field__error">
          {error.message}
        </p>
      ) : null}
    </div>
  );
  return (
    <div className="add-keys" role="group" aria-label="Add access keys">
      {input('accessKeyId', 'Access key ID', false)}
      {input('secretAccessKey', 'Secret access key', true)}
      {input('sessionToken', 'Session token (temporary keys only)', true)}
      <div className="export__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            const checked = checkKeys(values);
            if (!checked.ok) {
              setError(checked.error);
              document.getElementById(`${id}-${checked.error.field}`)?.focus();
              return;
            }
            const accessKeyId = values.accessKeyId.trim();
            const entry = wallet.add({
              label: `Keys ${accessKeyId.slice(0, 8)}…`,
              credentials: {
                accessKeyId,
                secretAccessKey: values.secretAccessKey.trim(),
                sessionToken: values.sessionToken.trim() || undefined,
              },
              source: { operation: 'Keys', params: {} },
              binding: bindingTo(endpointSettingsStore.get()),
            });
            selectSigner(entry.id);
            onDone();
          }}
        >
          Add and sign with these keys
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </div>
  );
}
