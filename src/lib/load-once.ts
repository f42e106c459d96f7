/**
 * Wraps a loader (typically a dynamic `import()`) so it runs once: every call shares the same
 * promise, `onLoaded` hears the value when it arrives, and a failed load (a network blip while
 * fetching a chunk) is forgotten, so the next call tries again.
 */
export function loadOnce<T>(
  load: () => Promise<T>,
  onLoaded?: (value: T) => void,
): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().then(
      (value) => {
        onLoaded?.(value);
        return value;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
}
