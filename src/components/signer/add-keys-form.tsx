import { useId, useState } from 'react';
import { wallet } from '../../state/wallet.ts';
import { selectSigner } from '../../state/signer.ts';

const KEY_ID = /^(AKIA|ASIA)[A-Z2-7]{12,124}$/;

/** Pure: checks typed keys; messages name the field. */
export function checkKeys(input: {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}):
  | { ok: true }
  | { ok: false; field: 'accessKeyId' | 'secretAccessKey' | 'sessionToken'; error: string } {
  const id = input.accessKeyId.trim();
  if (!KEY_ID.test(id)) {
    return {
      ok: false,
      field: 'accessKeyId',
      error:
        'Access key ID starts with AKIA (long-term) or ASIA (temporary), then letters A–Z and digits 2–7',
    };
  }
  if (input.secretAccessKey.trim().length < 16) {
    return {
      ok: false,
      field: 'secretAccessKey',
      error: 'Secret access key is required (usually 40 characters)',
    };
  }
  if (id.startsWith('ASIA') && input.sessionToken.trim() === '') {
    return {
      ok: false,
      field: 'sessionToken',
      error: 'ASIA… keys are temporary: paste their session token too',
    };
  }
  return { ok: true };
}

/** Type or paste access keys into the wallet (memory only) and sign with them. */
export function AddKeysForm({ onDone }: { onDone: () => void }) {
  const id = useId();
  const [values, setValues] = useState({ accessKeyId: '', secretAccessKey: '', sessionToken: '' });
  const [error, setError] = useState<{ field: string; error: string } | undefined>();
  const input = (field: keyof typeof values, label: string, secret: boolean) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${field}`}>
        {label}
      </label>
      <input
        id={`${id}-${field}`}
        className="input"
        type={secret ? 'password' : 'text'}
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
          {error.error}
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
              setError(checked);
              document.getElementById(`${id}-${checked.field}`)?.focus();
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
