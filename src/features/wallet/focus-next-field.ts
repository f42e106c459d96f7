type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const REQUIRED =
  'input[aria-required="true"], textarea[aria-required="true"], select[aria-required="true"]';

/**
 * The control to move to once a paste filled one field: the first required control still empty,
 * else the form's submit button (everything needed is there). Undefined outside a form.
 */
export function nextEmptyRequired(form: ParentNode): HTMLElement | undefined {
  for (const control of form.querySelectorAll<Control>(REQUIRED)) {
    if (!control.disabled && control.value.trim() === '') return control;
  }
  return form.querySelector<HTMLButtonElement>('button[type="submit"]') ?? undefined;
}

/**
 * After a paste routed `value` into the form field `name` on another page: waits (a few
 * frames, up to `timeoutMs`) for that page to show the field filled in, then focuses the next
 * empty required field, so the user types the role ARN rather than hunting for it.
 */
export function focusAfterPaste(name: string, value: string, timeoutMs = 3000): void {
  const started = performance.now();
  const attempt = () => {
    const main = document.getElementById('main');
    const field = main?.querySelector<Control>(`[name="${CSS.escape(name)}"]`);
    if (main && field && field.value === value) {
      nextEmptyRequired(field.form ?? main)?.focus();
      return;
    }
    if (performance.now() - started < timeoutMs) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
