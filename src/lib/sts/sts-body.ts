import { checkUntrustedXml } from '../decoders/xml-safety.ts';
import { displayExcerpt } from './output-problems.ts';

/** What an endpoint sent instead of an STS answer. */
export interface NotStsAnswer {
  httpStatus: number;
  /** The Content-Type header as sent ('' when absent). */
  contentType: string;
  /** A noun phrase: "HTML", "JSON", "an empty body"… */
  what: string;
  /** The start of the body as display-safe text ('' for an empty body). */
  excerpt: string;
  /** Why XML-looking text was refused, when it was ("The XML is not well formed: …"). */
  detail?: string | undefined;
}

/** Bodies larger than this are refused unread: STS answers are a few kilobytes. */
export const MAX_STS_BODY_BYTES = 4 * 1024 * 1024;
const EXCERPT_SOURCE = 65_536;
const EXCERPT_LENGTH = 160;
const XML_TYPES = new Set(['text/xml', 'application/xml']);
const HTML_START = /^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/** Pure: the Content-Type's media type, lower case, without parameters. */
function mediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

/** Drops <script>…</script> and <style>…</style> (an unclosed one drops the rest), in one pass. */
function withoutScripts(html: string): string {
  const lower = html.toLowerCase();
  const opening = /<(script|style)\b/g;
  let out = '';
  let i = 0;
  for (;;) {
    opening.lastIndex = i;
    const found = opening.exec(lower);
    if (found === null) return out + html.slice(i);
    out += `${html.slice(i, found.index)} `;
    const close = lower.indexOf(`</${found[1] ?? ''}`, found.index);
    const end = close === -1 ? -1 : lower.indexOf('>', close);
    if (end === -1) return out;
    i = end + 1;
  }
}

/** Pure: a short, display-safe text excerpt of a body; markup is reduced to its text. */
export function bodyExcerpt(body: string): string {
  const head = body.slice(0, EXCERPT_SOURCE);
  const text = head.trimStart().startsWith('<')
    ? withoutScripts(head)
        .replace(/<[^>]*>?/g, ' ')
        .replace(/&(?:nbsp|#160);/g, ' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;|&apos;/g, "'")
        .replace(/&amp;/g, '&')
    : head;
  return displayExcerpt(text.replace(/\s+/g, ' ').trim(), EXCERPT_LENGTH);
}

function what(type: string, body: string): string | undefined {
  const start = body.trimStart();
  if (start === '') return 'an empty body';
  if (type === 'text/html' || type === 'application/xhtml+xml' || HTML_START.test(start)) {
    return 'HTML';
  }
  if (/[/+]json$/.test(type) || type.startsWith('application/x-amz-json') || /^[[{]/.test(start)) {
    return 'JSON';
  }
  if (type !== '' && !XML_TYPES.has(type) && !type.endsWith('+xml')) {
    return start.startsWith('<') ? `a document of type ${type}` : `text of type ${type}`;
  }
  if (!start.startsWith('<')) return 'text that is not XML';
  return undefined;
}

/**
 * Pure: undefined when the body can be STS's XML (an XML or absent Content-Type, a document that
 * checkUntrustedXml accepts); otherwise what it is instead, for "the endpoint answered HTTP 500
 * with HTML, not an STS answer".
 */
export function sniffStsBody(
  httpStatus: number,
  contentType: string | undefined,
  body: string,
): NotStsAnswer | undefined {
  const sent = contentType ?? '';
  // The excerpt is built only for a refusal: every STS answer passes through here on its way to
  // the card, and reducing the body to display text would cost it time for nothing.
  const refuse = (kind: string, detail?: string): NotStsAnswer => ({
    httpStatus,
    contentType: sent,
    excerpt: bodyExcerpt(body),
    what: kind,
    ...(detail === undefined ? {} : { detail }),
  });
  const kind = what(mediaType(sent), body);
  if (kind !== undefined) return refuse(kind);
  const xml = checkUntrustedXml(body.trimStart());
  if (!xml.ok) return refuse('XML a browser cannot read safely', xml.error);
  return undefined;
}

/** Pure: the sentence for a NotStsAnswer: "The endpoint answered HTTP 500 with HTML, not an STS answer." */
export function describeNotStsAnswer(answer: NotStsAnswer): string {
  return `The endpoint answered HTTP ${String(answer.httpStatus)} with ${answer.what}, not an STS answer.`;
}

/** Thrown by the STS client when an answer is not STS XML; toStsFailure reads it. */
export class NotStsAnswerError extends Error {
  override readonly name = 'NotStsAnswerError';
  readonly answer: NotStsAnswer;

  constructor(answer: NotStsAnswer) {
    super(describeNotStsAnswer(answer));
    this.answer = answer;
  }
}
