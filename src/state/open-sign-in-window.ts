// Opens the window a sign-in runs in. Within a click the browser lets it open; Keep fresh's
// renewal also tries without one, and then most browsers block it (null).

/**
 * Opens an empty sign-in window (within the click); null when the browser blocked it. Each `name`
 * is its own window: a renewal never takes over the form's sign-in window.
 */
export function openSignInWindow(name = 'sts-console-sign-in'): Window | null {
  const width = 520;
  const height = 680;
  const left = Math.max(0, Math.round(window.screenX + (window.outerWidth - width) / 2));
  const top = Math.max(0, Math.round(window.screenY + (window.outerHeight - height) / 3));
  try {
    return window.open(
      '',
      name,
      `popup,width=${String(width)},height=${String(height)},left=${String(left)},top=${String(top)}`,
    );
  } catch {
    return null;
  }
}
