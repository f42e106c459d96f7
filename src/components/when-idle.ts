/**
 * Runs `task` once the browser is idle (after the first screen has painted), or after
 * `timeoutMs` at the latest. Returns the cancel.
 */
export function whenIdle(task: () => void, timeoutMs = 2000): () => void {
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
