import { describe, expect, it } from 'vitest';
import {
  CLOSED_GRACE_MS,
  isWatching,
  nextWatch,
  onSignInPressed,
  type PopupEvent,
  type PopupStep,
  type PopupWatch,
} from './popup-flow.ts';

function run(events: readonly PopupEvent[], from: PopupWatch = { phase: 'open' }): PopupStep[] {
  const steps: PopupStep[] = [];
  let watch = from;
  for (const event of events) {
    const step = nextWatch(watch, event);
    steps.push(step);
    watch = step.watch;
  }
  return steps;
}

describe('the sign-in window watch', () => {
  it('takes the response while the window is open', () => {
    expect(nextWatch({ phase: 'open' }, { type: 'response' })).toEqual({
      watch: { phase: 'answered' },
      effect: 'complete',
    });
  });

  it('reports a closed window only after the grace period', () => {
    const steps = run([
      { type: 'closed', now: 1000 },
      { type: 'tick', now: 1000 },
      { type: 'closed', now: 1500 },
      { type: 'tick', now: 1000 + CLOSED_GRACE_MS - 1 },
      { type: 'tick', now: 1000 + CLOSED_GRACE_MS },
      { type: 'tick', now: 1000 + CLOSED_GRACE_MS + 500 },
    ]);
    expect(steps.map((s) => s.effect)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      'report-closed',
      undefined,
    ]);
    expect(steps[2]?.watch).toEqual({ phase: 'closed', since: 1000 });
    expect(steps.at(-1)?.watch).toEqual({ phase: 'abandoned' });
  });

  it('takes a response that comes during the grace period (the window reads closed on its way back)', () => {
    const steps = run([
      { type: 'closed', now: 0 },
      { type: 'tick', now: 100 },
      { type: 'response' },
    ]);
    expect(steps.map((s) => s.effect)).toEqual([undefined, undefined, 'complete']);
  });

  it('still takes a late response after the closed window was reported', () => {
    expect(nextWatch({ phase: 'abandoned' }, { type: 'response' }).effect).toBe('complete');
  });

  it('takes one response only, and ignores everything once answered', () => {
    const steps = run([{ type: 'response' }, { type: 'response' }, { type: 'closed', now: 0 }]);
    expect(steps.map((s) => s.effect)).toEqual(['complete', undefined, undefined]);
    expect(steps.every((s, i) => i === 0 || s.watch.phase === 'answered')).toBe(true);
  });

  it('watches only while the window may still answer by itself', () => {
    expect(isWatching({ phase: 'open' })).toBe(true);
    expect(isWatching({ phase: 'closed', since: 0 })).toBe(true);
    expect(isWatching({ phase: 'abandoned' })).toBe(false);
    expect(isWatching({ phase: 'answered' })).toBe(false);
  });

  it('brings an open window back on a second press, and starts anew otherwise', () => {
    expect(onSignInPressed({ phase: 'open' })).toBe('focus');
    expect(onSignInPressed(undefined)).toBe('start');
    expect(onSignInPressed({ phase: 'closed', since: 0 })).toBe('start');
    expect(onSignInPressed({ phase: 'abandoned' })).toBe('start');
    expect(onSignInPressed({ phase: 'answered' })).toBe('start');
  });
});
