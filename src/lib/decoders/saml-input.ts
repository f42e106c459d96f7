import { decodeBase64, decodeUtf8, encodeBase64, encodeUtf8 } from './base64.ts';
import { err, ok, type Result } from '../result.ts';

/** STS accepts SAMLAssertion values (base64) up to this many characters (model: SAMLAssertionType). */
export const SAML_ASSERTION_MAX_LENGTH = 100_000;
/** Pastes above this are refused before any decoding (base64 with line breaks or URL escapes stays well below). */
export const SAML_INPUT_MAX_LENGTH = 200_000;

/** A pasted SAMLResponse as XML text plus the base64 form STS expects. */
export interface SamlInput {
  xml: string;
  base64: string;
}

/** Accepts base64 (line breaks allowed), a URL-encoded SAMLResponse=… form value, or raw XML. */
export function normalizeSamlInput(input: string): Result<SamlInput> {
  if (input.length > SAML_INPUT_MAX_LENGTH) {
    return err(
      `The paste has ${input.length.toLocaleString('en-US')} characters; a SAMLResponse STS accepts is at most ${SAML_ASSERTION_MAX_LENGTH.toLocaleString('en-US')} base64 characters.`,
    );
  }
  const trimmed = input.trim().replace(/^\uFEFF/, '');
  if (trimmed === '') return err('The SAMLResponse is empty.');
  if (trimmed.startsWith('<')) {
    const base64 = encodeBase64(encodeUtf8(trimmed));
    if (base64.length > SAML_ASSERTION_MAX_LENGTH) return tooLarge(base64.length);
    return ok({ xml: trimmed, base64 });
  }
  const formValue = /(?:^|[?&\s])SAMLResponse=([^&\s]*)/.exec(trimmed)?.[1] ?? trimmed;
  const unescaped = formValue.includes('%') ? urlDecode(formValue) : ok(formValue);
  if (!unescaped.ok) return unescaped;
  const compact = unescaped.value.replace(/\s+/g, '');
  if (compact.length > SAML_ASSERTION_MAX_LENGTH) return tooLarge(compact.length);
  const bytes = decodeBase64(compact);
  if (!bytes.ok) return err(`The SAMLResponse is neither XML nor base64: ${bytes.error}`);
  const text = decodeUtf8(bytes.value);
  if (!text.ok) return err(`The base64 decodes to something that is not text: ${text.error}`);
  const xml = text.value.replace(/^\uFEFF/, '').trim();
  if (!xml.startsWith('<')) return err('The base64 decodes to text that is not XML.');
  return ok({ xml, base64: encodeBase64(bytes.value) });
}

/** Refuses DTDs and entity declarations (billion laughs, external entities) before any parser sees the XML. */
export function refuseDtd(xml: string): Result<string> {
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) {
    return err(
      'The XML declares a DTD or entities, which a SAMLResponse never needs; it was refused before parsing.',
    );
  }
  // Any other markup declaration (<!ELEMENT, <!ATTLIST, …) only makes sense inside a DTD.
  if (/<!(?!--|\[CDATA\[)/.test(xml)) {
    return err(
      'The XML contains a markup declaration (<!…>), which a SAMLResponse never needs; it was refused before parsing.',
    );
  }
  return ok(xml);
}

function urlDecode(value: string): Result<string> {
  try {
    return ok(decodeURIComponent(value.replace(/\+/g, ' ')));
  } catch {
    return err('The SAMLResponse form value has a broken %-escape.');
  }
}

function tooLarge(length: number): Result<never> {
  return err(
    `The SAMLResponse is ${length.toLocaleString('en-US')} base64 characters; STS accepts at most ${SAML_ASSERTION_MAX_LENGTH.toLocaleString('en-US')}.`,
  );
}
