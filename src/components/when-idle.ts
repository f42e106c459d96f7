let firstScreenShown: () => void = () => undefined;
let shown = false;
const firstScreen = new Promise<void>((resolve) => {
  firstScreenShown = resolve;
});

/**
 * The app calls this once its first screen is committed. Idle work waits for it (and for the
 * frame that paints it), so prefetching never competes with the first screen for the network
 * or the main thread.
 */
export function markFirstScreenShown(): void {
  shown = true;
  firstScreenShown();
}

/** Whether the app's first screen has been committed (see markFirstScreenShown). */
export function isFirstScreenShown(): boolean {
  return shown;
}

function onIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: timeoutMs });
    return () => {
      window.cancelIdleCallback(handle);
    };
  }
  const handle = window.setTimeout(task, 0);
  return () => {
    window.clearTimeout(handle);
  };
}

/**
 * Runs `task` once the first screen has been painted and the browser is idle (or `timeoutMs`
 * after that at the latest). Returns the cancel.
 */
export function whenIdle(task: () => void, timeoutMs = 2000): () => void {
  let cancelled = false;
  let cancelIdle: () => void = () => undefined;
  void firstScreen.then(() => {
    // The frame after the commit paints the first screen; idle time comes after it.
    window.requestAnimationFrame(() => {
      if (!cancelled) cancelIdle = onIdle(task, timeoutMs);
    });
  });
  return () => {
    cancelled = true;
    cancelIdle();
  };
}
