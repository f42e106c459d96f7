function collect(node: unknown, path: string, out: Record<string, string>): void {
  if (typeof node !== 'object' || node === null) return;
  const message = (node as { message?: unknown }).message;
  if (typeof message === 'string') out[path] = message;
  for (const [key, child] of Object.entries(node)) {
    // `ref` is the field's DOM element, `types` the per-rule messages of one field.
    if (key === 'ref' || key === 'types' || key === 'message' || key === 'type') continue;
    collect(child, `${path}.${key}`, out);
  }
}

/**
 * Pure: every message in a react-hook-form errors subtree (`node`, the errors of field `path`),
 * for the field itself and the fields under it (list items), keyed by full path
 * ("PolicyArns.0.arn").
 */
export function errorMessagesOf(node: unknown, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  collect(node, path, out);
  return out;
}
