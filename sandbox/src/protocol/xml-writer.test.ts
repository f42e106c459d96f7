import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { el, escapeXml, leaf, toXml } from './xml-writer.ts';

describe('escapeXml', () => {
  it.each([
    ['a<b>&"c"\'', 'a&lt;b&gt;&amp;&quot;c&quot;&apos;'],
    ['</Message><Code>Evil</Code>', '&lt;/Message&gt;&lt;Code&gt;Evil&lt;/Code&gt;'],
    ['tab\tnl\n', 'tab\tnl\n'],
    ['nul\u0000bell\u0007', 'nulbell'],
    ['😀 é', '😀 é'],
  ])('escapes %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('toXml', () => {
  it('writes nested elements that a real XML parser reads back verbatim', () => {
    const hostile = `x</Arn><Arn>y & "z" ]]>`;
    const xml = toXml({
      ...el('R', el('Arn', hostile), leaf('Skipped', undefined), leaf('N', 7), el('Empty')),
      attributes: { xmlns: 'https://sts.amazonaws.com/doc/2011-06-15/' },
    });
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const arns = doc.getElementsByTagName('Arn');
    expect(arns.length).toBe(1);
    expect(arns[0]?.textContent).toBe(hostile);
    expect(doc.getElementsByTagName('N')[0]?.textContent).toBe('7');
    expect(doc.getElementsByTagName('Skipped').length).toBe(0);
    expect(xml).toBe(
      '<R xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n  <Arn>x&lt;/Arn&gt;&lt;Arn&gt;y &amp; &quot;z&quot; ]]&gt;</Arn>\n  <N>7</N>\n  <Empty/>\n</R>\n',
    );
  });

  it('refuses element names that are not XML names', () => {
    expect(() => toXml(el('a b'))).toThrow(/invalid XML element name/);
  });
});
