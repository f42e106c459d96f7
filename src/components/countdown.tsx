import { useCoarseNow, useNow } from '../state/clock.ts';
import {
  expiryState,
  formatCountdown,
  formatCountdownMinutes,
} from '../lib/time/format-duration.ts';

/** Coarse countdowns switch to seconds this close to the end (a minute before the warning). */
const FINE_WITHIN_MS = 6 * 60_000;

export interface CountdownProps {
  expiresAt: Date;
  /** What expires, for the accessible text: "Credentials", "Token". */
  subject: string;
  /** Minute precision until the last minutes: for lists of many countdowns (the wallet). */
  coarse?: boolean;
}

/**
 * A live countdown. It re-renders each second but announces only thresholds (five minutes left,
 * expired) so screen readers don't chatter.
 */
export function Countdown(props: CountdownProps) {
  return props.coarse ? <CoarseCountdown {...props} /> : <FineCountdown {...props} />;
}

function FineCountdown({ expiresAt, subject }: CountdownProps) {
  return <CountdownView expiresAt={expiresAt} subject={subject} now={useNow()} coarse={false} />;
}

function CoarseCountdown({ expiresAt, subject }: CountdownProps) {
  const now = useCoarseNow(expiresAt.getTime(), FINE_WITHIN_MS);
  return <CountdownView expiresAt={expiresAt} subject={subject} now={now} coarse />;
}

function CountdownView({
  expiresAt,
  subject,
  now,
  coarse,
}: Required<CountdownProps> & { now: number }) {
  const at = expiresAt.getTime();
  const state = expiryState(at, now);
  const left = at - now;
  const text =
    state === 'expired'
      ? `Expired ${formatCountdown(now - at)} ago`
      : `${coarse && left > FINE_WITHIN_MS ? formatCountdownMinutes(left) : formatCountdown(left)} left`;
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
