import { err, ok, type Result } from '../result.ts';

/** A JSON object as parsed from untrusted text; read it only through the helpers below. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** Parses text as JSON and requires an object at the top (arrays and primitives are an error). */
export function parseJsonObject(text: string): Result<JsonObject> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : 'unknown problem';
    return err(`It is not valid JSON (${detail}).`);
  }
  if (!isJsonObject(parsed)) return err('It is JSON, but not a JSON object ({ … }).');
  return ok(parsed);
}

/** True for a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property of a JSON object, never one inherited from Object.prototype. */
export function ownField(obj: JsonObject, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** An own string property, or undefined. */
export function ownString(obj: JsonObject, key: string): string | undefined {
  const value = ownField(obj, key);
  return typeof value === 'string' ? value : undefined;
}

/** An own object property, or undefined. */
export function ownObject(obj: JsonObject, key: string): JsonObject | undefined {
  const value = ownField(obj, key);
  return isJsonObject(value) ? value : undefined;
}
