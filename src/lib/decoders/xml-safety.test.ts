import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { samlXml, xmldomParser } from './saml-fixtures.ts';
import { checkUntrustedXml } from './xml-safety.ts';

const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const assumeRoleResponse = `<AssumeRoleResponse xmlns="${STS_NS}">
  <AssumeRoleResult>
    <Credentials>
      <AccessKeyId>ASIAY34FZKBOKMUTVV7A</AccessKeyId>
      <SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY</SecretAccessKey>
      <SessionToken/>
      <Expiration>2030-01-01T13:00:00Z</Expiration>
    </Credentials>
  </AssumeRoleResult>
  <ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata>
</AssumeRoleResponse>
`;
const errorResponse = `<ErrorResponse xmlns="${STS_NS}"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:iam::1:user/x is not authorized &amp; &lt;denied&gt; &#x41;&#66;</Message></Error><RequestId>r</RequestId></ErrorResponse>`;

describe('checkUntrustedXml accepts', () => {
  it.each([
    ['an STS answer', assumeRoleResponse],
    ['an STS error', errorResponse],
    [
      'an STS answer after an XML declaration',
      `<?xml version="1.0" encoding="UTF-8"?>\n${assumeRoleResponse}`,
    ],
    ['a declaration with standalone', `<?xml version='1.0' standalone='yes' ?><a/>`],
    ['leading whitespace', `\n  ${errorResponse}`],
    ['a SAMLResponse', samlXml()],
    [
      'a SAMLResponse with default namespaces',
      samlXml({ prefixes: { protocol: '', assertion: '' } }),
    ],
    ['an unsigned SAMLResponse', samlXml({ signed: false })],
    [
      'comments, CDATA and processing instructions',
      '<!-- c --><?pi data?><a><![CDATA[<x> & ]]]]><b/><!--d--></a><!--e-->',
    ],
    [
      'xml:lang and namespaced attributes',
      '<a xmlns:p="urn:p" xml:lang="en" p:x="1" x="2"><p:b/></a>',
    ],
    ['a prefix redeclared lower down', '<p:a xmlns:p="urn:1"><p:b xmlns:p="urn:2"/></p:a>'],
    ['non-ASCII text', '<a t="é😀">漢字 😀</a>'],
  ])('%s', (_name, xml) => {
    expect(checkUntrustedXml(xml)).toEqual({ ok: true, value: xml });
  });
});

describe('checkUntrustedXml refuses', () => {
  it.each([
    ['nothing', '', /does not start with </],
    ['plain text', 'Error', /does not start with </],
    ['JSON', '{"message":"Internal Server Error"}', /does not start with </],
    [
      'an HTML error page',
      '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>',
      /DTD/,
    ],
    ['HTML without a doctype', '<html><body><h1>502</h1><br></body></html>', /does not close <br>/],
    [
      'the XHTML namespace',
      '<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
      /XHTML, SVG or MathML/,
    ],
    [
      'the SVG namespace on a prefix',
      '<a xmlns:s="http://www.w3.org/2000/svg"><s:svg/></a>',
      /XHTML, SVG or MathML/,
    ],
    [
      'the MathML namespace',
      '<math xmlns="http://www.w3.org/1998/Math/MathML"/>',
      /XHTML, SVG or MathML/,
    ],
    [
      'the SVG namespace in upper case',
      '<svg xmlns="HTTP://WWW.W3.ORG/2000/SVG"/>',
      /XHTML, SVG or MathML/,
    ],
    [
      'the SVG namespace written with references',
      '<svg xmlns="http&#58;//www.w3.org/2000/svg"/>',
      /XHTML, SVG or MathML/,
    ],
    ['a DTD', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', /DTD/],
    ['an element declaration', '<a><!ELEMENT a ANY></a>', /DTD/],
    ['a stylesheet', '<?xml-stylesheet href="x.xsl"?><a/>', /stylesheet/],
    ['whitespace before the declaration', ' <?xml version="1.0"?><a/>', /misplaced/],
    ['a broken declaration', '<?xml versin="1.0"?><a/>', /declaration is broken/],
    ['a second declaration', '<?xml version="1.0"?><a><?xml version="1.0"?></a>', /misplaced/],
    ['an unclosed element', '<a><b></a>', /does not close <b>/],
    ['a stray end tag', '<a/></b>', /does not close anything/],
    ['two roots', '<a/><b/>', /second root/],
    ['text after the root', '<a/>x', /outside the root/],
    ['an unknown entity', '<a>&nbsp;</a>', /no known reference/],
    ['a bare &', '<a>fish & chips</a>', /no known reference/],
    ['a reference to NUL', '<a>&#0;</a>', /cannot hold/],
    ['a reference to a surrogate', '<a>&#xD800;</a>', /cannot hold/],
    ['< in an attribute', '<a b="<"/>', /broken attribute/],
    ['an unquoted attribute', '<a b=1/>', /broken attribute/],
    ['attributes without space between', '<a b="1"c="2"/>', /broken attribute/],
    ['a repeated attribute', '<a b="1" b="2"/>', /repeats the attribute b/],
    [
      'a repeated attribute in one namespace',
      '<a xmlns:p="urn:x" xmlns:q="urn:x" p:b="1" q:b="2"/>',
      /repeats an attribute/,
    ],
    ['an undeclared element prefix', '<p:a/>', /prefix p is not declared/],
    ['an undeclared attribute prefix', '<a p:b="1"/>', /prefix p is not declared/],
    ['a prefix out of scope', '<a><b xmlns:p="urn:p"/><p:c/></a>', /prefix p is not declared/],
    ['an empty prefixed namespace', '<a xmlns:p=""/>', /forbids/],
    [']]> in text', '<a>]]></a>', /]]>/],
    ['-- in a comment', '<a><!-- a -- b --></a>', /comment contains --/],
    ['an unclosed comment', '<a><!-- </a>', /never closed/],
    ['a NUL character', '<a>\u0000</a>', /cannot hold/],
    ['U+FFFE', '<a>\uFFFE</a>', /cannot hold/],
    ['a lone surrogate', '<a>\uD800</a>', /cannot hold/],
    ['a byte order mark', '\uFEFF<a/>', /does not start with </],
    ['a non-ASCII element name', '<é/>', /starts no element/],
    ['a name starting with a digit', '<1a/>', /starts no element/],
  ])('%s', (_name, xml, message) => {
    const result = checkUntrustedXml(xml);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('stays linear on a megabyte of open tags', () => {
    const started = performance.now();
    expect(checkUntrustedXml('<a>'.repeat(350_000)).ok).toBe(false);
    expect(checkUntrustedXml(`<a b="${'x'.repeat(1_000_000)}`).ok).toBe(false);
    // Generous: a quadratic scan of a megabyte takes minutes.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

/** Small well-formed documents, serialised from trees (test data only). */
const textPart = fc.constantFrom('x', ' ', '&amp;', '&lt;', '&#x263A;', 'é', '>', '\n');
const element: fc.Arbitrary<string> = fc.letrec<{ node: string; el: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(textPart, { maxLength: 3 }).map((t) => t.join('')),
    fc.constant('<!-- c -->'),
    fc.constant('<![CDATA[<&]]>'),
    tie('el'),
  ),
  el: fc
    .record({
      name: fc.constantFrom('a', 'b', 'p:c'),
      attrs: fc.subarray(['x="1"', "y='&quot;'", 'p:z="2"', 'xml:lang="en"']),
      kids: fc.array(tie('node'), { maxLength: 3 }),
    })
    .map(({ name, attrs, kids }) => {
      const open = [name, 'xmlns:p="urn:p"', ...attrs].join(' ');
      return kids.length === 0 ? `<${open}/>` : `<${open}>${kids.join('')}</${name}>`;
    }),
})).el;

/** Markup fragments that are often wrong together (test data only). */
const fragment = fc.constantFrom(
  '<a>',
  '</a>',
  '<b x="1">',
  '</b>',
  '<a/>',
  'text',
  '&amp;',
  '&',
  '<!--c-->',
  '<!-- - -->',
  '<![CDATA[x]]>',
  '<?pi x?>',
  ' ',
  '<p:c/>',
  '<a xmlns:p="urn:p">',
  '"',
  '<',
  '>',
  ']]>',
  '=',
  '<?xml version="1.0"?>',
  '<a b="1" b="2">',
  '&#0;',
  '&#65;',
  "<a x='1'>",
);

describe('checkUntrustedXml and a strict XML parser agree', () => {
  const parser = xmldomParser();
  const parses = (xml: string) => {
    try {
      const root = parser.parseFromString(xml, 'application/xml').documentElement;
      return root !== null;
    } catch {
      return false;
    }
  };

  it('accepts every well-formed document it is shown', () => {
    fc.assert(
      fc.property(element, (xml) => {
        expect(parses(xml)).toBe(true);
        expect(checkUntrustedXml(xml).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never accepts what the strict parser refuses', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(fragment, { minLength: 1, maxLength: 8 }), (parts) => {
        const xml = parts.join('');
        if (checkUntrustedXml(xml).ok) {
          accepted++;
          expect(parses(xml)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    // The property says something only if some generated texts got through.
    expect(accepted).toBeGreaterThan(10);
  });
});
