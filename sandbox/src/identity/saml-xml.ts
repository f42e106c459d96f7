// Strict XML parsing and small DOM helpers for SAML: no DTDs, no entities, errors stop parsing.
import { DOMParser, onErrorStopParsing, type Document, type Element } from '@xmldom/xmldom';
import { err, ok, type Result } from '../lib/result.ts';

export const samlProtocolNs = 'urn:oasis:names:tc:SAML:2.0:protocol';
export const samlAssertionNs = 'urn:oasis:names:tc:SAML:2.0:assertion';
export const xmlDsigNs = 'http://www.w3.org/2000/09/xmldsig#';

/** Parses XML, refusing DOCTYPE declarations (and so entity definitions) outright. */
export function parseXmlStrict(text: string): Result<Document, string> {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return err('DTDs and entity declarations are not allowed');
  try {
    const document = new DOMParser({ onError: onErrorStopParsing }).parseFromString(
      text,
      'text/xml',
    );
    if (document.doctype) return err('DTDs and entity declarations are not allowed');
    if (!document.documentElement) return err('no document element');
    return ok(document);
  } catch (error) {
    return err(error instanceof Error ? error.message : 'not well-formed XML');
  }
}

/** Direct child elements with the given namespace and local name. */
export function childElements(parent: Element, ns: string, localName: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (element.namespaceURI === ns && element.localName === localName) found.push(element);
  }
  return found;
}

/** The first direct child element with the given namespace and local name. */
export function childElement(parent: Element, ns: string, localName: string): Element | undefined {
  return childElements(parent, ns, localName)[0];
}

/** Every descendant element with the given namespace and local name. */
export function descendants(root: Document | Element, ns: string, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, localName));
}

/** The trimmed text content of an element ('' when absent). */
export function textOf(element: Element | undefined): string {
  return (element?.textContent ?? '').trim();
}

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
