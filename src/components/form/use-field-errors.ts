import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useFormContext } from 'react-hook-form';
import { errorMessagesOf } from './form-errors.ts';

/**
 * The error messages of field `name` and the fields under it, as a lookup by full path. The
 * component re-renders only when one of those messages changes, not on every form state change
 * (reading `formState.errors` would re-render the whole form on each submit, before the request
 * has even left).
 */
export function useFieldErrors(name: string): (path: string) => string | undefined {
  const { subscribe, getFieldState } = useFormContext();
  const onErrors = useCallback(
    (changed: () => void) => subscribe({ formState: { errors: true }, callback: changed }),
    [subscribe],
  );
  // getFieldState without a form state reads the errors without subscribing the form to them.
  const snapshot = () => JSON.stringify(errorMessagesOf(getFieldState(name).error, name));
  const json = useSyncExternalStore(onErrors, snapshot, snapshot);
  return useMemo(() => {
    const messages = JSON.parse(json) as Record<string, string>;
    return (path: string) => (Object.hasOwn(messages, path) ? messages[path] : undefined);
  }, [json]);
}
