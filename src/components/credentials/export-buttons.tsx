import { useId, useMemo, useState } from 'react';
import { federationFor, toConsoleSignIn } from '../../lib/export-formats/console-sign-in.ts';
import { exportFormats } from '../../lib/export-formats/export-formats.ts';
import { isLongTerm, type WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { hasExpired } from '../../lib/wallet/local-expiry.ts';
import { useClock } from '../../state/clock.ts';
import { CopyButton } from '../copy-button.tsx';

const PROFILE_NAME = /^[A-Za-z0-9_.+@-]{1,64}$/;

/** "Copy as bash", "Copy as fish"… one button per format, with a profile name for INI output. */
export function ExportButtons({ entry }: { entry: WalletEntry }) {
  const profileId = useId();
  const [profileName, setProfileName] = useState('sts-console');
  const [confirmedLongTerm, setConfirmedLongTerm] = useState(false);
  const [confirmedExpired, setConfirmedExpired] = useState(false);
  const longTerm = isLongTerm(entry.credentials);
  // Re-renders once, when the set expires (by STS's clock), not on every tick.
  const expired = useClock((now) => hasExpired(entry, now));
  const profileOk = PROFILE_NAME.test(profileName);
  const { region, endpointUrl } = entry.source;
  // The issuing endpoint travels with every export, so a copied block works on its own.
  const context = useMemo(
    () => ({ region, profileName, endpointUrl }),
    [region, profileName, endpointUrl],
  );
  // Which formats can be written (and so copied): once per credentials and profile name.
  const writable = useMemo(
    () =>
      new Map(
        exportFormats.map((format) => {
          const result = format.write(entry.credentials, context);
          return [format.id, result.ok ? undefined : result.error] as const;
        }),
      ),
    [entry.credentials, context],
  );
  if (longTerm && !confirmedLongTerm) {
    return (
      <div className="export export--guarded callout callout--warning">
        <p>
          These are <strong>long-term access keys</strong>. Copying them into shells and files is
          how keys leak; prefer exchanging them for temporary credentials with GetSessionToken.
        </p>
        <div className="export__actions">
          <a className="button" href="#/get-session-token">
            Exchange with GetSessionToken
          </a>
          <button
            type="button"
            className="button"
            onClick={() => {
              setConfirmedLongTerm(true);
            }}
          >
            Export long-term keys anyway
          </button>
        </div>
      </div>
    );
  }
  if (expired && !confirmedExpired) {
    return (
      <div className="export export--guarded callout callout--warning">
        <p>
          These credentials have <strong>expired</strong>: STS and every tool refuse them now. Run
          the call again (its More menu in the wallet) for fresh keys.
        </p>
        <div className="export__actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              setConfirmedExpired(true);
            }}
          >
            Export expired credentials anyway
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="export">
      <h4 className="export__title">Copy as</h4>
      <div className="export__buttons">
        {exportFormats.map((format) => {
          const error = writable.get(format.id);
          const needsProfile = format.usesProfile === true;
          const disabled = error !== undefined || (needsProfile && !profileOk);
          return disabled ? (
            <button
              key={format.id}
              type="button"
              className="button button--small"
              disabled
              title={error ?? 'Enter a valid profile name'}
            >
              {format.label}
            </button>
          ) : (
            <CopyButton
              key={format.id}
              label={`Copy as ${format.label}`}
              getText={() => {
                const fresh = format.write(entry.credentials, context);
                return fresh.ok ? fresh.value : '';
              }}
            >
              {format.label}
            </CopyButton>
          );
        })}
      </div>
      <ConsoleSignIn entry={entry} />
      <div className="export__profile">
        <label htmlFor={profileId}>Profile name (credentials and config files)</label>
        <input
          id={profileId}
          className="input input--inline"
          value={profileName}
          aria-invalid={!profileOk}
          onChange={(e) => {
            setProfileName(e.target.value);
          }}
          autoComplete="off"
          spellCheck={false}
        />
        {profileOk ? null : (
          <span className="field__error">Use letters, digits and _ . + @ - (1–64)</span>
        )}
      </div>
    </div>
  );
}

const SIGN_IN_SHELLS = [
  ['bash', 'bash'],
  ['fish', 'fish'],
  ['powershell', 'PowerShell'],
] as const;

/**
 * "Copy console sign-in command" for sets the federation endpoint accepts: a snippet that gets a
 * sign-in token with curl and prints the URL. The page never calls the federation endpoint: it
 * sends no CORS headers, and the sign-in URL would put the session where the page cannot guard it.
 */
function ConsoleSignIn({ entry }: { entry: WalletEntry }) {
  const source = entry.source;
  if (!federationFor(entry.credentials, source).ok) return null;
  return (
    <div className="export__buttons">
      <h4 className="export__title">Copy console sign-in command</h4>
      {SIGN_IN_SHELLS.map(([shell, label]) => (
        <CopyButton
          key={shell}
          label={`Copy console sign-in command (${label})`}
          getText={() => {
            const out = toConsoleSignIn(shell, entry.credentials, source);
            return out.ok ? out.value : '';
          }}
        >
          {label}
        </CopyButton>
      ))}
    </div>
  );
}
