import { useId, useState } from 'react';
import {
  expiryNotificationsPreference,
  useExpiryNotifications,
  useExpiryNotificationsPreference,
} from '../../state/expiry-notifications.ts';

const BLOCKED =
  'This browser blocks notifications from this page: allow them in the site settings (the icon left of the address), then tick this again.';

function permission(): NotificationPermission | undefined {
  return typeof Notification === 'function' ? Notification.permission : undefined;
}

/** Opt-in browser notifications before and at each set's expiry (shown with the wallet's sets). */
export function ExpiryNotificationsToggle() {
  const wanted = useExpiryNotificationsPreference();
  // Re-read after each answer to the browser's prompt.
  const [allowed, setAllowed] = useState(permission);
  const [message, setMessage] = useState<string | undefined>();
  const hintId = useId();
  const active = wanted && allowed === 'granted';
  useExpiryNotifications(active);
  if (allowed === undefined) return null;
  const explanation = message ?? (wanted && allowed === 'denied' ? BLOCKED : undefined);
  return (
    <div className="wallet__notify">
      <label className="check">
        <input
          type="checkbox"
          checked={active}
          aria-describedby={hintId}
          onChange={(e) => {
            setMessage(undefined);
            if (!e.target.checked) {
              expiryNotificationsPreference.set(false);
              return;
            }
            if (Notification.permission === 'granted') {
              setAllowed('granted');
              expiryNotificationsPreference.set(true);
              return;
            }
            void Notification.requestPermission().then((answer) => {
              setAllowed(answer);
              expiryNotificationsPreference.set(answer === 'granted');
              if (answer !== 'granted') setMessage(BLOCKED);
            });
          }}
        />
        Notify me before sets expire
      </label>
      <p
        id={hintId}
        className={explanation ? 'field__error' : 'field__hint'}
        role={explanation ? 'alert' : undefined}
      >
        {explanation ??
          'A browser notification 5 minutes before a set expires and when it does: its name only, never its keys.'}
      </p>
    </div>
  );
}
