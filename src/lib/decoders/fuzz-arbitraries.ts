import fc from 'fast-check';
import { encodeBase64, encodeUtf8 } from './base64.ts';
import { b64url } from './test-helpers.ts';

/** JSON texts that try to pollute prototypes (test data only). */
const POLLUTERS = [
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '{"__proto__":[],"allowed":"true","context":{"__proto__":{"principal":1}}}',
];

/** Any text, any code point, including broken surrogates (test data only). */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ maxLength: 200 }),
);

/** JSON-ish text: real JSON, polluters, and broken JSON (test data only). */
export const jsonish = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.constantFrom(...POLLUTERS),
  fc.json({ maxDepth: 2 }).map((j) => j.slice(0, Math.max(0, j.length - 1))),
  anyText,
);

/** Strings shaped like JWTs: 1–5 dot-separated parts of base64url JSON, junk or nothing. */
export const nearJwt = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: jsonish.map(b64url) },
      {
        weight: 1,
        arbitrary: fc.string({
          unit: fc.constantFrom(...'AZaz09-_=+/*. '.split('')),
          maxLength: 40,
        }),
      },
      { weight: 1, arbitrary: fc.constant('') },
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join('.'));

const XML_PIECES = [
  '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" Destination="https://signin.aws.amazon.com/saml">',
  '</samlp:Response>',
  '<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">',
  '</saml:Assertion>',
  '<saml:Subject><saml:NameID Format="x">',
  '</saml:NameID></saml:Subject>',
  '<saml:Conditions NotBefore="2030-01-01T00:00:00Z" NotOnOrAfter="bad">',
  '<saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/Role"><saml:AttributeValue>',
  'arn:aws:iam::111122223333:role/R,arn:aws:iam::111122223333:saml-provider/P',
  '</saml:AttributeValue></saml:Attribute>',
  '<saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/SessionDuration"><saml:AttributeValue>99999999999',
  '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"/>',
  '<!DOCTYPE r [<!ENTITY a "aaaa">]>',
  '<!ENTITY x SYSTEM "file:///etc/passwd">',
  '&a;',
  '<![CDATA[<script>]]>',
  '<!-- c -->',
  '<?xml version="1.0"?>',
  '<script>alert(1)</script>',
  '<parsererror>',
  '<',
  '>',
  '"',
  '&',
  'xmlns="urn:oasis:names:tc:SAML:2.0:assertion"',
  ' __proto__="x" ',
];

/** Strings shaped like SAMLResponses: XML fragments, raw or base64 or form-encoded (test data only). */
export const nearXml = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...XML_PIECES) },
        { weight: 1, arbitrary: anyText },
      ),
      {
        maxLength: 12,
      },
    ),
    fc.constantFrom('raw', 'base64', 'form', 'wrapped'),
  )
  .map(([pieces, form]) => {
    const xml = pieces.join('');
    if (form === 'raw') return xml;
    const b64 = encodeBase64(encodeUtf8(xml));
    if (form === 'form') return `SAMLResponse=${encodeURIComponent(b64)}`;
    return form === 'wrapped' ? b64.replace(/(.{20})/g, '$1\n') : b64;
  });

const EXPORT_PIECES = [
  'export ',
  'set -gx ',
  'set -e ',
  'set "',
  'set ',
  '$Env:',
  '$env:',
  'declare -x ',
  'setenv ',
  'unset ',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_CREDENTIAL_EXPIRATION',
  'AWS_REGION',
  '__proto__',
  'constructor',
  '=',
  ' = ',
  ' ',
  '\n',
  '\r\n',
  ';',
  '#',
  "'",
  '"',
  '`',
  '$',
  '$(',
  ')',
  '(',
  '\\',
  "$'",
  '%',
  '^',
  '{',
  '}',
  '*',
  '\u2018',
  '\u201C',
  '`u{',
  'ASIAY34FZKBOKMUTVV7A',
  'wJalrXUtnFEMI/K7MDENG',
  '2030-01-02T03:04:05Z',
  '[default]',
  '[profile x]',
  'aws_access_key_id = ',
  'aws_secret_access_key = ',
  '{"Credentials":{"AccessKeyId":"',
  '"}}',
  '{"Version":1,',
  'AKIAIOSFODNN7EXAMPLE ',
  'Access key ID,Secret access key\n',
  'Encoded authorization failure message: ',
];

/** Strings shaped like pasted exports, INI profiles and JSON (test data only). */
export const nearExport = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...EXPORT_PIECES) },
      { weight: 1, arbitrary: anyText },
    ),
    {
      maxLength: 30,
    },
  )
  .map((pieces) => pieces.join(''));
