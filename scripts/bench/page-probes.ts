/**
 * Functions that run inside the page (passed to Playwright's addInitScript / evaluate, so each one
 * is self-contained). They measure with the page's own clock: performance.now() is relative to the
 * navigation start, and event.timeStamp uses the same origin.
 */

export interface ReadyInfo {
  /** Navigation start → the main control is in the DOM, enabled and laid out. */
  readyMs: number;
  /** URLs of every resource fully loaded at that moment (Resource Timing). */
  resources: string[];
}

export interface CallTiming {
  /** The click event's timestamp. */
  clickAt: number;
  /** The MutationObserver callback that first saw the new element. */
  seenAt: number;
  /** Resource Timing of the last request to `requestPrefix` started after the click, if any. */
  requestStart: number | null;
  responseEnd: number | null;
}

export interface NewElementProbe {
  selector: string;
  /** URL prefix of the request the click causes (the sandbox), for the phase split. */
  requestPrefix: string;
}

interface ProbeWindow {
  __benchReady?: Promise<ReadyInfo>;
  __benchCall?: Promise<CallTiming>;
}

/**
 * Init script: resolves window.__benchReady when a button with exactly this text is enabled and
 * has a box (the first screen's main control is usable). Runs before any page script.
 */
export function installReadyProbe(buttonText: string): void {
  const w = window as unknown as ProbeWindow;
  w.__benchReady = new Promise<ReadyInfo>((resolve) => {
    const check = (): boolean => {
      for (const button of document.querySelectorAll('button')) {
        if (button.textContent.trim() !== buttonText || button.disabled) continue;
        const box = button.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        resolve({
          readyMs: performance.now(),
          resources: performance.getEntriesByType('resource').map((e) => e.name),
        });
        return true;
      }
      return false;
    };
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['disabled', 'class', 'style'],
    });
  });
}

/** Waits (in the page) for the ready probe. */
export function readReadyProbe(): Promise<ReadyInfo> {
  const probe = (window as unknown as ProbeWindow).__benchReady;
  return probe ?? Promise.reject(new Error('the ready probe was not installed'));
}

/**
 * Arms window.__benchCall: the timestamp of the next click anywhere, the moment an element
 * matching `selector` appears that was not in the page when armed, and when the request in
 * between started and ended (Resource Timing).
 */
export function armNewElementProbe({ selector, requestPrefix }: NewElementProbe): void {
  const w = window as unknown as ProbeWindow;
  const before = new Set(document.querySelectorAll(selector));
  let clickAt = Number.NaN;
  document.addEventListener(
    'click',
    (event) => {
      clickAt = event.timeStamp;
    },
    { capture: true, once: true },
  );
  w.__benchCall = new Promise<CallTiming>((resolve) => {
    const observer = new MutationObserver(() => {
      for (const element of document.querySelectorAll(selector)) {
        if (before.has(element)) continue;
        const seenAt = performance.now();
        observer.disconnect();
        const request = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((e) => e.name.startsWith(requestPrefix) && e.startTime >= clickAt)
          .pop();
        resolve({
          clickAt,
          seenAt,
          requestStart: request?.startTime ?? null,
          responseEnd: request?.responseEnd ?? null,
        });
        return;
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

/** Waits (in the page) for the armed element probe. */
export function readNewElementProbe(): Promise<CallTiming> {
  const probe = (window as unknown as ProbeWindow).__benchCall;
  return probe ?? Promise.reject(new Error('the element probe was not armed'));
}

/**
 * The source of `fn(arg)` as a page expression. Functions are passed as text because tsx/esbuild
 * wraps named functions in a `__name` helper that does not exist in the page; a no-op stands in.
 */
export function pageScript<A>(fn: (arg: A) => unknown, arg: A): string {
  return `((__name) => (${fn.toString()})(${JSON.stringify(arg)}))((f) => f)`;
}
