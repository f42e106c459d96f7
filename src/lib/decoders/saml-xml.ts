import { err, ok, type Result } from '../result.ts';

/** The part of a DOM node the SAML decoder reads (browser DOM, happy-dom and @xmldom/xmldom all fit). */
export interface XmlNodeLike {
  readonly nodeType: number;
}

/** The part of a DOM element the SAML decoder reads. */
export interface XmlElementLike extends XmlNodeLike {
  readonly localName: string | null;
  readonly namespaceURI: string | null;
  readonly childNodes: ArrayLike<XmlNodeLike>;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
}

/** The part of a parsed XML document the SAML decoder reads. */
export interface XmlDocumentLike {
  readonly documentElement: XmlElementLike | null;
}

/** Anything with DOMParser's parseFromString (the browser's by default; injectable for tests). */
export interface DOMParserLike {
  parseFromString(text: string, type: 'application/xml'): XmlDocumentLike;
}

const ELEMENT_NODE = 1;
/** Documents with more elements than this are refused (a real response has a few dozen). */
const MAX_ELEMENTS = 20_000;

/** Parses XML with the given (or the global) DOMParser; parser errors become a Result error. */
export function parseXml(xml: string, parser?: DOMParserLike): Result<XmlElementLike> {
  const active = parser ?? defaultParser();
  if (active === undefined) return err('No XML parser is available in this environment.');
  let doc: XmlDocumentLike;
  try {
    doc = active.parseFromString(xml, 'application/xml');
  } catch (e) {
    return err(
      `The XML is not well formed${e instanceof Error ? ` (${firstLine(e.message)})` : ''}.`,
    );
  }
  const root = doc.documentElement;
  if (root === null) return err('The XML has no root element.');
  const all = elementsOf(root);
  if (all === undefined) return err('The XML has too many elements to be a SAMLResponse.');
  const failure = all.find((el) => el.localName === 'parsererror');
  if (failure !== undefined) {
    return err(`The XML is not well formed (${firstLine(failure.textContent ?? '')}).`);
  }
  return ok(root);
}

/** All elements under (and including) root, depth first, without recursion; undefined past the cap. */
export function elementsOf(root: XmlElementLike): XmlElementLike[] | undefined {
  const out: XmlElementLike[] = [];
  const stack: XmlElementLike[] = [root];
  while (stack.length > 0) {
    const el = stack.pop();
    if (el === undefined) break;
    out.push(el);
    if (out.length > MAX_ELEMENTS) return undefined;
    const kids = childElements(el);
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid !== undefined) stack.push(kid);
    }
  }
  return out;
}

/** The element children of el. */
export function childElements(el: XmlElementLike): XmlElementLike[] {
  const out: XmlElementLike[] = [];
  const nodes = el.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node !== undefined && isElement(node)) out.push(node);
  }
  return out;
}

/** The first child element with this namespace and local name. */
export function child(
  el: XmlElementLike | undefined,
  ns: string,
  name: string,
): XmlElementLike | undefined {
  if (el === undefined) return undefined;
  return childElements(el).find((c) => c.namespaceURI === ns && c.localName === name);
}

/** All child elements with this namespace and local name. */
export function children(
  el: XmlElementLike | undefined,
  ns: string,
  name: string,
): XmlElementLike[] {
  if (el === undefined) return [];
  return childElements(el).filter((c) => c.namespaceURI === ns && c.localName === name);
}

/** Trimmed text content, or undefined when empty. */
export function text(el: XmlElementLike | undefined): string | undefined {
  const value = el?.textContent?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** An attribute's value, or undefined when absent or empty. */
export function attr(el: XmlElementLike | undefined, name: string): string | undefined {
  const value = el?.getAttribute(name)?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function isElement(node: XmlNodeLike): node is XmlElementLike {
  return node.nodeType === ELEMENT_NODE && 'getAttribute' in node;
}

function defaultParser(): DOMParserLike | undefined {
  const Ctor = (globalThis as { DOMParser?: new () => DOMParserLike }).DOMParser;
  return Ctor === undefined ? undefined : new Ctor();
}

function firstLine(message: string): string {
  const line = message.split('\n').find((l) => l.trim() !== '' && !/following errors/i.test(l));
  return (line ?? 'parser error').trim().slice(0, 200);
}
