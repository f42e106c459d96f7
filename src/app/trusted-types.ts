/**
 * The CSP requires Trusted Types for every DOM sink. The only string sink the console uses is
 * DOMParser.parseFromString, for XML: the SDK's browser XML parser (STS answers) and the SAML
 * decoder both call it with 'application/xml', on text already checked by checkUntrustedXml
 * (the STS client's body check, decodeSamlResponse). Documents it makes are inert — no script
 * runs, nothing loads. So the default policy lets a string through that sink only while the
 * narrowed parseFromString below is parsing it as 'application/xml'; every other sink
 * (innerHTML, script text, eval…) and every other MIME type (text/html, image/svg+xml…) stays
 * blocked.
 */
interface TrustedTypePolicyFactoryLike {
  createPolicy(
    name: string,
    rules: { createHTML: (input: string, type: string, sink: string) => string | null },
  ): unknown;
}

/** The one MIME type the console parses strings as. */
export const PARSED_MIME_TYPE = 'application/xml';
const DOM_PARSER_SINK = 'DOMParser parseFromString';

/** The string being parsed as XML right now, if any (set only by the narrowed parseFromString). */
export interface XmlParseGate {
  current: string | undefined;
}

/** Pure: whether the policy may let this string into this sink. */
export function allowsStringSink(sink: string, input: string, gate: XmlParseGate): boolean {
  return sink === DOM_PARSER_SINK && gate.current !== undefined && input === gate.current;
}

interface ParseFromStringHost {
  parseFromString: (this: unknown, text: unknown, type: string) => unknown;
}

/**
 * Replaces parseFromString so a string is parsed only as 'application/xml', and marks it in the
 * gate for the policy while the browser parses it. TrustedHTML values pass unchanged.
 */
export function narrowParseFromString(host: ParseFromStringHost, gate: XmlParseGate): void {
  const native = host.parseFromString;
  host.parseFromString = function parseFromString(this: unknown, text: unknown, type: string) {
    if (typeof text !== 'string') return native.call(this, text, type);
    if (type !== PARSED_MIME_TYPE) {
      throw new TypeError(`The console parses strings as ${PARSED_MIME_TYPE} only, not ${type}.`);
    }
    gate.current = text;
    try {
      return native.call(this, text, type);
    } finally {
      gate.current = undefined;
    }
  };
}

/** Installs the "default" policy once (the CSP allows no other policy name). */
export function installTrustedTypesPolicy(): void {
  const gate: XmlParseGate = { current: undefined };
  const parser = (globalThis as { DOMParser?: { prototype: ParseFromStringHost } }).DOMParser;
  if (parser) narrowParseFromString(parser.prototype, gate);
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  if (!factory) return;
  try {
    factory.createPolicy('default', {
      createHTML: (input, _type, sink) => (allowsStringSink(sink, input, gate) ? input : null),
    });
  } catch {
    // Already installed (hot reload) or refused by the CSP: parsing falls back to being blocked.
  }
}
