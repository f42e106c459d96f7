import { useLayoutEffect, useRef, type CSSProperties, type RefObject } from 'react';
import { clockNow, subscribeClock, useClock } from '../state/clock.ts';
import { expiryState } from '../lib/time/format-duration.ts';
import { localExpiryMs } from '../lib/wallet/local-expiry.ts';
import { countdownText } from './countdown-text.ts';

export interface CountdownProps {
  /** The expiry as the issuer stated it (STS's `Expiration`); shown as the machine-readable time. */
  expiresAt: Date;
  /**
   * Issuer's clock − local clock (ms) when `expiresAt` was issued: the countdown then runs to the
   * local instant `expiresAt − clockOffsetMs`. Absent or 0: the local clock is trusted.
   */
  clockOffsetMs?: number | undefined;
  /** What expires, for the accessible text: "Credentials", "Token". */
  subject: string;
  /** Minute precision until the last minutes: for lists of many countdowns (the wallet). */
  coarse?: boolean;
}

/** The <time> box is sized in characters (styles.css), so a tick lays out nothing around it. */
function sizeStyle(text: string): CSSProperties {
  return { '--countdown-chars': text.length } as CSSProperties;
}

/** Puts the new text into the element's one text node, resized when its length changes. */
function showText(element: HTMLTimeElement, text: string): void {
  const node = element.firstChild;
  const current = node instanceof Text && node === element.lastChild ? node : undefined;
  if (current?.nodeValue === text) return;
  if (current?.nodeValue?.length !== text.length) {
    element.style.setProperty('--countdown-chars', String(text.length));
  }
  if (current) current.nodeValue = text;
  else element.textContent = text;
}

/**
 * A ref for the <time> element whose text then ticks with the shared clock: written straight
 * into the DOM (as React itself would), only when it changes, never re-rendering React.
 */
function useTickingTime(at: number, coarse: boolean): RefObject<HTMLTimeElement | null> {
  const time = useRef<HTMLTimeElement>(null);
  useLayoutEffect(() => {
    const update = (nowMs: number) => {
      if (time.current) showText(time.current, countdownText(at, nowMs, coarse));
    };
    const stop = subscribeClock(update);
    update(clockNow());
    return stop;
  }, [at, coarse]);
  return time;
}

/**
 * A live countdown. Its text ticks each second (each minute while `coarse` and far from the
 * end) without re-rendering React or laying out the page; React renders it again only at the
 * thresholds, which are all it announces (five minutes left, expired), so screen readers don't
 * chatter.
 */
export function Countdown({ expiresAt, clockOffsetMs, subject, coarse = false }: CountdownProps) {
  // Converted once per render: every tick then compares with the plain local clock.
  const at = localExpiryMs(expiresAt, clockOffsetMs);
  const state = useClock((nowMs) => expiryState(at, nowMs));
  const time = useTickingTime(at, coarse);
  const text = countdownText(at, clockNow(), coarse);
  return (
    <span className={`countdown countdown--${state}`}>
      <time
        ref={time}
        dateTime={expiresAt.toISOString()}
        title={expiresAt.toISOString()}
        style={sizeStyle(text)}
      >
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
