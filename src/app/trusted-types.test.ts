import { describe, expect, it } from 'vitest';
import { allowsStringSink, narrowParseFromString, type XmlParseGate } from './trusted-types.ts';

describe('allowsStringSink', () => {
  it('lets DOMParser take only the string it is parsing as XML', () => {
    const gate: XmlParseGate = { current: '<a/>' };
    expect(allowsStringSink('DOMParser parseFromString', '<a/>', gate)).toBe(true);
    expect(allowsStringSink('DOMParser parseFromString', '<b/>', gate)).toBe(false);
    expect(allowsStringSink('DOMParser parseFromString', '<a/>', { current: undefined })).toBe(
      false,
    );
    for (const sink of [
      'Element innerHTML',
      'Element outerHTML',
      'Document write',
      'Range createContextualFragment',
      'HTMLScriptElement text',
      'eval',
    ]) {
      expect(allowsStringSink(sink, '<a/>', gate)).toBe(false);
    }
  });
});

describe('narrowParseFromString', () => {
  /** A parseFromString that records what the policy would have decided at the time of the call. */
  function host(gate: XmlParseGate) {
    const seen: boolean[] = [];
    const fake = {
      parseFromString(this: unknown, text: unknown, type: string): unknown {
        seen.push(
          typeof text === 'string' && allowsStringSink('DOMParser parseFromString', text, gate),
        );
        return { text, type };
      },
    };
    narrowParseFromString(fake, gate);
    return { fake, seen };
  }

  it('parses strings as application/xml, allowed by the policy only during the call', () => {
    const gate: XmlParseGate = { current: undefined };
    const { fake, seen } = host(gate);
    expect(fake.parseFromString('<a/>', 'application/xml')).toEqual({
      text: '<a/>',
      type: 'application/xml',
    });
    expect(seen).toEqual([true]);
    expect(gate.current).toBeUndefined();
  });

  it.each(['text/html', 'image/svg+xml', 'application/xhtml+xml', 'text/xml'])(
    'refuses to parse a string as %s',
    (type) => {
      const { fake, seen } = host({ current: undefined });
      expect(() => fake.parseFromString('<svg onload="x"/>', type)).toThrow(
        /application\/xml only/,
      );
      expect(seen).toEqual([]);
    },
  );

  it('passes TrustedHTML values through without marking them', () => {
    const gate: XmlParseGate = { current: undefined };
    const { fake, seen } = host(gate);
    const trusted = { toString: () => '<a/>' };
    fake.parseFromString(trusted, 'text/html');
    expect(seen).toEqual([false]);
  });

  it('closes the gate when the parser throws', () => {
    const gate: XmlParseGate = { current: undefined };
    const fake = {
      parseFromString(text: unknown, type: string): unknown {
        throw new Error(`boom: ${String(text)} as ${type}`);
      },
    };
    narrowParseFromString(fake, gate);
    expect(() => fake.parseFromString('<a/>', 'application/xml')).toThrow(
      'boom: <a/> as application/xml',
    );
    expect(gate.current).toBeUndefined();
  });
});
