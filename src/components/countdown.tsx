import { useNow } from '../state/clock.ts';
import { expiryState, formatCountdown } from '../lib/time/format-duration.ts';

export interface CountdownProps {
  expiresAt: Date;
  /** What expires, for the accessible text: "Credentials", "Token". */
  subject: string;
}

/**
 * A live countdown. It re-renders each second but announces only thresholds (five minutes left,
 * expired) so screen readers don't chatter.
 */
export function Countdown({ expiresAt, subject }: CountdownProps) {
  const now = useNow();
  const at = expiresAt.getTime();
  const state = expiryState(at, now);
  const text =
    state === 'expired'
      ? `Expired ${formatCountdown(now - at)} ago`
      : `${formatCountdown(at - now)} left`;
  return (
    <span className={`countdown countdown--${state}`}>
      <time dateTime={expiresAt.toISOString()} title={expiresAt.toISOString()}>
        {text}
      </time>
      <span className="visually-hidden" role="status">
        {state === 'soon'
          ? `${subject}: under five minutes left`
          : state === 'expired'
            ? `${subject}: expired`
            : ''}
      </span>
    </span>
  );
}
