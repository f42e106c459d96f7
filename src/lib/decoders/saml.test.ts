import { describe, expect, it } from 'vitest';
import { encodeBase64, encodeUtf8 } from './base64.ts';
import { decodeSamlResponse, parseRolePair } from './saml.ts';
import { samlXml, xmldomParser } from './saml-fixtures.ts';
import { samlWarnings } from './saml-warnings.ts';
import type { DOMParserLike } from './saml-xml.ts';

const b64 = (xml: string) => encodeBase64(encodeUtf8(xml));
const parsers: [string, DOMParserLike | undefined][] = [
  ['the global DOMParser (happy-dom)', undefined],
  ['@xmldom/xmldom', xmldomParser()],
];

describe.each(parsers)('decodeSamlResponse with %s', (_name, parser) => {
  it('reads every field STS cares about from base64', () => {
    const xml = samlXml();
    const result = decodeSamlResponse(b64(xml), parser);
    expect(result).toEqual({
      ok: true,
      value: {
        issuer: 'https://idp.example.com/',
        destination: 'https://signin.aws.amazon.com/saml',
        statusCode: 'urn:oasis:names:tc:SAML:2.0:status:Success',
        subject: {
          nameId: 'alice@example.com',
          format: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
        },
        audiences: ['urn:amazon:webservices'],
        recipient: 'https://signin.aws.amazon.com/saml',
        notBefore: new Date('2030-01-01T00:00:00Z'),
        notOnOrAfter: new Date('2030-01-01T00:05:00Z'),
        recipientNotOnOrAfter: new Date('2030-01-01T00:05:00Z'),
        sessionDurationSeconds: 1800,
        roleSessionName: 'alice',
        roles: [
          {
            roleArn: 'arn:aws:iam::111122223333:role/Admin',
            providerArn: 'arn:aws:iam::111122223333:saml-provider/Okta',
          },
        ],
        unreadableRoleValues: [],
        encryptedAssertion: false,
        signature: { present: true, signedElements: ['Assertion'], verified: false },
        samlAssertionBase64: b64(xml.trim()),
      },
    });
  });

  it('does not depend on namespace prefixes', () => {
    for (const prefixes of [
      { protocol: 'saml2p', assertion: 'saml2' },
      { protocol: '', assertion: '' },
      { protocol: 'p', assertion: '' },
    ]) {
      const result = decodeSamlResponse(samlXml({ prefixes }), parser);
      expect(result.ok && result.value.roles).toHaveLength(1);
      expect(result.ok && result.value.subject?.nameId).toBe('alice@example.com');
    }
  });

  it('accepts raw XML and encodes it for STS', () => {
    const xml = samlXml();
    const result = decodeSamlResponse(`\n${xml}\n`, parser);
    expect(result.ok && result.value.samlAssertionBase64).toBe(b64(xml));
  });

  it('accepts base64 with line breaks and a URL-encoded SAMLResponse= form value', () => {
    const encoded = b64(samlXml());
    const wrapped = encoded.replace(/(.{76})/g, '$1\r\n');
    expect(decodeSamlResponse(wrapped, parser).ok).toBe(true);
    const form = `SAMLResponse=${encodeURIComponent(encoded)}&RelayState=x`;
    const result = decodeSamlResponse(form, parser);
    expect(result.ok && result.value.samlAssertionBase64).toBe(encoded);
  });

  it('reads role pairs in either order and keeps unreadable ones apart', () => {
    const result = decodeSamlResponse(
      samlXml({
        roles: [
          'arn:aws:iam::111122223333:saml-provider/Okta, arn:aws:iam::111122223333:role/path/Dev',
          'arn:aws:iam::111122223333:role/OnlyARole',
        ],
      }),
      parser,
    );
    expect(result.ok && result.value.roles).toEqual([
      {
        roleArn: 'arn:aws:iam::111122223333:role/path/Dev',
        providerArn: 'arn:aws:iam::111122223333:saml-provider/Okta',
      },
    ]);
    expect(result.ok && result.value.unreadableRoleValues).toEqual([
      'arn:aws:iam::111122223333:role/OnlyARole',
    ]);
  });

  it('shows script payloads as text', () => {
    const result = decodeSamlResponse(
      samlXml({ nameId: '&lt;script&gt;alert(1)&lt;/script&gt;' }),
      parser,
    );
    expect(result.ok && result.value.subject?.nameId).toBe('<script>alert(1)</script>');
  });

  it('rejects XML that is not well formed', () => {
    const result = decodeSamlResponse(
      '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"><a></b>',
      parser,
    );
    expect(!result.ok && result.error).toMatch(/not well formed/);
  });
});

describe('decodeSamlResponse refusals', () => {
  const billionLaughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">&lol2;</samlp:Response>`;
  const externalEntity = `<?xml version="1.0"?><!doctype r [<!entity x SYSTEM "file:///etc/passwd">]><r>&x;</r>`;

  it.each([
    ['billion laughs', billionLaughs],
    ['billion laughs in base64', b64(billionLaughs)],
    ['external entity', externalEntity],
  ])('refuses %s before parsing', (_name, input) => {
    const parser: DOMParserLike = {
      parseFromString: () => {
        throw new Error('the parser must not be reached');
      },
    };
    const result = decodeSamlResponse(input, parser);
    expect(!result.ok && result.error).toMatch(/DTD or entities.*refused before parsing/);
  });

  it.each([
    [
      'an XHTML namespace',
      `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"><h:p xmlns:h="http://www.w3.org/1999/xhtml" style="x"/></samlp:Response>`,
      /XHTML, SVG or MathML/,
    ],
    [
      'an SVG namespace',
      b64(
        `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"><svg xmlns="http://www.w3.org/2000/svg" onload="x"/></samlp:Response>`,
      ),
      /XHTML, SVG or MathML/,
    ],
    ['XML that is not well formed', '<samlp:Response><a></b>', /not well formed/],
    ['an HTML page', '<html><body><p>Sign in</body></html>', /not well formed/],
  ])('refuses %s before any parser builds a document', (_name, input, message) => {
    let calls = 0;
    const parser: DOMParserLike = {
      parseFromString: () => {
        calls++;
        throw new Error('the parser must not be reached');
      },
    };
    const result = decodeSamlResponse(input, parser);
    expect(!result.ok && result.error).toMatch(message);
    expect(calls).toBe(0);
  });

  it('refuses other markup declarations', () => {
    const result = decodeSamlResponse('<r><!ELEMENT x ANY></r>');
    expect(!result.ok && result.error).toMatch(/markup declaration/);
  });

  it('refuses a 5 MB paste before decoding anything', () => {
    const result = decodeSamlResponse('A'.repeat(5 * 1024 * 1024));
    expect(!result.ok && result.error).toMatch(/5,242,880 characters/);
  });

  it('refuses base64 over the model maximum of 100,000 characters', () => {
    const result = decodeSamlResponse('QUFB'.repeat(25_001));
    expect(!result.ok && result.error).toMatch(
      /100,004 base64 characters; STS accepts at most 100,000/,
    );
  });

  it('refuses XML whose base64 would exceed the maximum', () => {
    const result = decodeSamlResponse(`<r>${'x'.repeat(80_000)}</r>`);
    expect(!result.ok && result.error).toMatch(/STS accepts at most 100,000/);
  });

  it.each([
    ['broken base64', 'abc$def', /neither XML nor base64/],
    ['base64 of binary', encodeBase64(new Uint8Array([0xff, 0xfe, 0x00, 0x80])), /not text/],
    ['base64 of plain text', b64('hello world'), /not XML/],
    [
      'an assertion without its response',
      '<Assertion xmlns="urn:oasis:names:tc:SAML:2.0:assertion"/>',
      /bare SAML Assertion/,
    ],
    ['other XML', '<html><body/></html>', /not a SAML 2.0 Response/],
    ['a broken form escape', 'SAMLResponse=%E0%A4%A', /broken %-escape/],
  ])('explains %s', (_name, input, message) => {
    const result = decodeSamlResponse(input);
    expect(!result.ok && result.error).toMatch(message);
  });

  it('reports an encrypted assertion without failing', () => {
    const xml = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"><saml:EncryptedAssertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"/></samlp:Response>`;
    const result = decodeSamlResponse(xml);
    expect(result.ok && result.value.encryptedAssertion).toBe(true);
  });
});

describe('parseRolePair', () => {
  it.each([
    ['arn:aws:iam::111122223333:role/R,arn:aws:iam::111122223333:saml-provider/P', true],
    [
      'arn:aws-us-gov:iam::111122223333:saml-provider/P,arn:aws-us-gov:iam::111122223333:role/R',
      true,
    ],
    ['arn:aws:iam::111122223333:role/R', false],
    ['arn:aws:iam::111122223333:role/R,arn:aws:iam::111122223333:role/S', false],
    ['a,b,c', false],
  ])('%s → %s', (value, readable) => {
    expect(parseRolePair(value) !== undefined).toBe(readable);
  });
});

describe('samlWarnings', () => {
  const decode = (xml: string) => {
    const result = decodeSamlResponse(xml);
    if (!result.ok) throw new Error(result.error);
    return result.value;
  };

  it('is quiet for a good response inside its window', () => {
    expect(samlWarnings(decode(samlXml()), new Date('2030-01-01T00:01:00Z'))).toEqual([]);
  });

  it('flags expiry, early use, no roles and no signature', () => {
    expect(
      samlWarnings(decode(samlXml()), new Date('2030-01-01T00:05:00Z')).map((w) => w.kind),
    ).toEqual(['expired']);
    expect(
      samlWarnings(decode(samlXml()), new Date('2029-12-31T23:00:00Z')).map((w) => w.kind),
    ).toEqual(['not-yet-valid']);
    const bare = decode(samlXml({ roles: [], signed: false }));
    expect(samlWarnings(bare, new Date('2030-01-01T00:01:00Z')).map((w) => w.kind)).toEqual([
      'no-roles',
      'unsigned',
    ]);
  });
});
