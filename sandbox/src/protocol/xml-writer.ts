/**
 * A tiny XML writer: a tree of elements and text, serialised with every text and attribute value
 * escaped. Nothing is ever concatenated into XML except through escapeXml.
 */

export interface XmlElement {
  name: string;
  attributes?: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const NAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

/** Escapes text for XML content and attribute values; drops characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (!isXmlChar(code)) continue;
    switch (char) {
      case '&':
        out += '&amp;';
        break;
      case '<':
        out += '&lt;';
        break;
      case '>':
        out += '&gt;';
        break;
      case '"':
        out += '&quot;';
        break;
      case "'":
        out += '&apos;';
        break;
      case '\r':
        out += '&#13;';
        break;
      default:
        out += char;
    }
  }
  return out;
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Builds an element; `undefined` children are skipped so optional output members vanish. */
export function el(name: string, ...children: (XmlNode | undefined | null)[]): XmlElement {
  return { name, children: children.filter((c): c is XmlNode => c !== undefined && c !== null) };
}

/** Builds `<name>text</name>` or nothing when the value is undefined. */
export function leaf(name: string, value: string | number | undefined): XmlElement | undefined {
  return value === undefined ? undefined : el(name, String(value));
}

/** Serialises an element tree, indented two spaces per level like STS, with a final newline. */
export function toXml(root: XmlElement): string {
  return write(root, 0) + '\n';
}

function openTag(node: XmlElement): string {
  if (!NAME.test(node.name)) throw new Error(`invalid XML element name: ${node.name}`);
  const attrs = Object.entries(node.attributes ?? {})
    .map(([key, value]) => {
      if (!NAME.test(key) && !/^xmlns(:[A-Za-z_][\w.-]*)?$/.test(key)) {
        throw new Error(`invalid XML attribute name: ${key}`);
      }
      return ` ${key}="${escapeXml(value)}"`;
    })
    .join('');
  return `<${node.name}${attrs}`;
}

function write(node: XmlNode, depth: number): string {
  if (typeof node === 'string') return escapeXml(node);
  const open = openTag(node);
  if (node.children.length === 0) return `${open}/>`;
  if (node.children.every((c) => typeof c === 'string')) {
    return `${open}>${node.children.map((c) => write(c, depth)).join('')}</${node.name}>`;
  }
  const pad = '  '.repeat(depth + 1);
  const inner = node.children.map((c) => `\n${pad}${write(c, depth + 1)}`).join('');
  return `${open}>${inner}\n${'  '.repeat(depth)}</${node.name}>`;
}
