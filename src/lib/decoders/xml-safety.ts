import { err, ok, type Result } from '../result.ts';

/**
 * A strict, linear pre-check of untrusted XML, run before any DOMParser sees it. Chromium answers
 * a parse error with a document holding an XHTML <parsererror> (with inline styles), and builds
 * XHTML/SVG/MathML elements for those namespaces: both raise CSP violations. So the console only
 * parses text this check accepts: an XML document (optional declaration, then markup), no DTD or
 * stylesheet, no XHTML/SVG/MathML namespace, well formed with ASCII names and bound prefixes.
 * It refuses some odd but legal XML (non-ASCII names); STS answers and SAML responses never use it.
 */

const FORBIDDEN_NAMESPACES = [
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/Math/MathML',
];
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const DECLARATION =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.[0-9]+\1([ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][\w.-]*\3)?([ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(yes|no)\5)?[ \t\r\n]*\?>/;
const NAME = String.raw`[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?`;
const START_TAG_NAME = new RegExp(`<(${NAME})`, 'y');
const ATTRIBUTE = new RegExp(
  `[ \\t\\r\\n]+(${NAME})[ \\t\\r\\n]*=[ \\t\\r\\n]*("[^"<]*"|'[^'<]*')`,
  'y',
);
const TAG_END = /[ \t\r\n]*(\/?)>/y;
const END_TAG = new RegExp(`</(${NAME})[ \\t\\r\\n]*>`, 'y');
const PI_TARGET = /<\?([A-Za-z_][\w.-]*)(?=[ \t\r\n]|\?>)/y;
const BAD_REFERENCE = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});)/;
const REFERENCE = /&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

interface Open {
  name: string;
  scope: ReadonlyMap<string, string>;
}

const malformed = (why: string): Result<never> => err(`The XML is not well formed: ${why}.`);

function isXmlCodePoint(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Checks references in text or an attribute value; returns the value they stand for. */
function checkReferences(raw: string): Result<string> {
  if (BAD_REFERENCE.test(raw)) return malformed('an & that starts no known reference');
  if (!raw.includes('&')) return ok(raw);
  let decoded = '';
  let last = 0;
  for (const match of raw.matchAll(REFERENCE)) {
    const ref = match[1] ?? '';
    let char = ENTITIES[ref];
    if (char === undefined) {
      const code = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!isXmlCodePoint(code)) {
        return malformed('a character reference to a character XML cannot hold');
      }
      char = String.fromCodePoint(code);
    }
    decoded += raw.slice(last, match.index) + char;
    last = match.index + match[0].length;
  }
  return ok(decoded + raw.slice(last));
}

function prefixOf(qname: string): string | undefined {
  const colon = qname.indexOf(':');
  return colon === -1 ? undefined : qname.slice(0, colon);
}

/** Reads a start tag at `at`; returns where it ends, its name, scope and whether it closes itself. */
function readStartTag(
  xml: string,
  at: number,
  parent: ReadonlyMap<string, string>,
): Result<{ end: number; open: Open; selfClosing: boolean }> {
  START_TAG_NAME.lastIndex = at;
  const name = START_TAG_NAME.exec(xml)?.[1];
  if (name === undefined) return malformed('a < that starts no element');
  let i = START_TAG_NAME.lastIndex;
  const attributes = new Map<string, string>();
  for (;;) {
    ATTRIBUTE.lastIndex = i;
    const match = ATTRIBUTE.exec(xml);
    if (match === null) break;
    const [, attrName = '', quoted = ''] = match;
    if (attributes.has(attrName)) return malformed(`<${name}> repeats the attribute ${attrName}`);
    const value = checkReferences(quoted.slice(1, -1));
    if (!value.ok) return value;
    attributes.set(attrName, value.value);
    i = ATTRIBUTE.lastIndex;
  }
  TAG_END.lastIndex = i;
  const end = TAG_END.exec(xml);
  if (end === null) return malformed(`<${name}> has a broken attribute or no >`);
  const scope = new Map(parent);
  for (const [attrName, value] of attributes) {
    const declared =
      attrName === 'xmlns' ? '' : attrName.startsWith('xmlns:') ? attrName.slice(6) : undefined;
    if (declared === undefined) continue;
    if (FORBIDDEN_NAMESPACES.some((ns) => ns.toLowerCase() === value.trim().toLowerCase())) {
      return err('The XML uses the XHTML, SVG or MathML namespace, which STS and SAML never use.');
    }
    if (declared === 'xml' || declared === 'xmlns' || (declared !== '' && value === '')) {
      return malformed(`<${name}> declares the prefix ${declared} in a way XML forbids`);
    }
    scope.set(declared, value);
  }
  const unbound = [name, ...[...attributes.keys()].filter((a) => !a.startsWith('xmlns'))]
    .map(prefixOf)
    .find((p) => p !== undefined && p !== 'xml' && !scope.has(p));
  if (unbound !== undefined) return malformed(`the prefix ${unbound} is not declared`);
  const expanded = new Set<string>();
  for (const attrName of attributes.keys()) {
    const prefix = prefixOf(attrName);
    if (prefix === undefined || prefix === 'xmlns') continue;
    const key = `${prefix === 'xml' ? XML_NAMESPACE : (scope.get(prefix) ?? '')} ${attrName.slice(prefix.length + 1)}`;
    if (expanded.has(key)) return malformed(`<${name}> repeats an attribute in one namespace`);
    expanded.add(key);
  }
  return ok({
    end: TAG_END.lastIndex,
    open: { name, scope },
    selfClosing: end[1] === '/',
  });
}

/** Reads the optional XML declaration and whitespace; returns where markup starts. */
function readProlog(xml: string): Result<number> {
  if (/^<\?xml[ \t\r\n?]/.test(xml)) {
    const declaration = DECLARATION.exec(xml);
    if (declaration === null) return malformed('the XML declaration is broken');
    return ok(declaration[0].length);
  }
  const start = xml.search(/[^ \t\r\n]/);
  if (start === -1 || xml[start] !== '<') {
    return err('This is not an XML document: it does not start with <.');
  }
  return ok(start);
}

/** Pure: the XML, if a browser's XML parser can read it without error and without XHTML/SVG/MathML. */
export function checkUntrustedXml(xml: string): Result<string> {
  if (NOT_XML_CHAR.test(xml) || LONE_SURROGATE.test(xml)) {
    return malformed(
      'it contains a character XML cannot hold (a control character or U+FFFE/U+FFFF)',
    );
  }
  const lower = xml.toLowerCase();
  if (FORBIDDEN_NAMESPACES.some((ns) => lower.includes(ns.toLowerCase()))) {
    return err('The XML uses the XHTML, SVG or MathML namespace, which STS and SAML never use.');
  }
  const prolog = readProlog(xml);
  if (!prolog.ok) return prolog;
  const stack: Open[] = [];
  let rootSeen = false;
  let i = prolog.value;
  while (i < xml.length) {
    if (xml[i] !== '<') {
      const next = xml.indexOf('<', i);
      const text = xml.slice(i, next === -1 ? xml.length : next);
      if (stack.length === 0) {
        if (/[^ \t\r\n]/.test(text)) return malformed('there is text outside the root element');
      } else {
        if (text.includes(']]>')) return malformed(']]> appears in text');
        const checked = checkReferences(text);
        if (!checked.ok) return checked;
      }
      i = next === -1 ? xml.length : next;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end === -1) return malformed('a comment is never closed');
      const body = xml.slice(i + 4, end);
      if (body.includes('--') || body.endsWith('-')) return malformed('a comment contains --');
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) return malformed('a CDATA section is outside the root element');
      const end = xml.indexOf(']]>', i + 9);
      if (end === -1) return malformed('a CDATA section is never closed');
      i = end + 3;
    } else if (xml.startsWith('<!', i)) {
      return err(
        'The XML declares a DTD or other markup declaration (<!…>); it was refused before parsing.',
      );
    } else if (xml.startsWith('<?', i)) {
      PI_TARGET.lastIndex = i;
      const target = PI_TARGET.exec(xml)?.[1]?.toLowerCase();
      if (target === undefined || target === 'xml')
        return malformed('a <? … ?> is misplaced or broken');
      if (target === 'xml-stylesheet')
        return err('The XML asks for a stylesheet, which STS and SAML never do.');
      const end = xml.indexOf('?>', i + 2);
      if (end === -1) return malformed('a <? … ?> is never closed');
      i = end + 2;
    } else if (xml.startsWith('</', i)) {
      END_TAG.lastIndex = i;
      const name = END_TAG.exec(xml)?.[1];
      const open = stack.pop();
      if (name === undefined || open?.name !== name) {
        return malformed(
          `</${name ?? '?'}> does not close ${open ? `<${open.name}>` : 'anything'}`,
        );
      }
      i = END_TAG.lastIndex;
    } else {
      if (rootSeen && stack.length === 0) return malformed('there is a second root element');
      const tag = readStartTag(xml, i, stack.at(-1)?.scope ?? new Map<string, string>());
      if (!tag.ok) return tag;
      rootSeen = true;
      if (!tag.value.selfClosing) stack.push(tag.value.open);
      i = tag.value.end;
    }
  }
  const unclosed = stack.at(-1);
  if (unclosed !== undefined) return malformed(`<${unclosed.name}> is never closed`);
  if (!rootSeen) return malformed('there is no root element');
  return ok(xml);
}
