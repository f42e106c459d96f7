/** What every operation handler receives, and small readers for validated input. */
import type { Result } from '../../lib/result.ts';
import type { StsError } from '../../protocol/sts-error.ts';
import type { InputStruct, InputValue } from '../../validation/validate-input.ts';
import type { Caller, CredentialStore } from '../../world/credential-store.ts';
import type { World } from '../../world/world-config.ts';
import type { XmlNode } from '../../protocol/xml-writer.ts';

export interface OpContext {
  world: World;
  store: CredentialStore;
  /** The sandbox's now, in milliseconds. */
  nowMs: number;
  /** The verified caller of a signed operation (undefined for anonymous calls). */
  caller: Caller | undefined;
  input: InputStruct;
  /** The sandbox's base URL, e.g. http://127.0.0.1:5174. */
  baseUrl: string;
}

export type OpResult = Result<XmlNode[], StsError>;
export type OpHandler = (ctx: OpContext) => Promise<OpResult>;

/** A string member, if present. */
export function str(input: InputStruct, name: string): string | undefined {
  const v = input[name];
  return typeof v === 'string' ? v : undefined;
}

/** An integer member, if present. */
export function int(input: InputStruct, name: string): number | undefined {
  const v = input[name];
  return typeof v === 'number' ? v : undefined;
}

/** A list member (empty when absent). */
export function list(input: InputStruct, name: string): InputValue[] {
  const v = input[name];
  return Array.isArray(v) ? v : [];
}

/** A structure member, if present. */
export function struct(value: InputValue | undefined): InputStruct | undefined {
  return typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

/** `2026-11-22T20:00:00Z`: ISO 8601 UTC without milliseconds, as STS writes timestamps. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
