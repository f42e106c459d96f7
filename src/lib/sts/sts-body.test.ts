import { describe, expect, it } from 'vitest';
import { bodyExcerpt, describeNotStsAnswer, sniffStsBody } from './sts-body.ts';

const STS = `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::111122223333:user/demo</Arn><UserId>AIDAEXAMPLE</UserId><Account>111122223333</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>`;
const NGINX = `<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;

describe('sniffStsBody lets STS XML through', () => {
  it.each([
    ['text/xml', STS],
    ['text/xml; charset=utf-8', `<?xml version="1.0" encoding="UTF-8"?>\n${STS}`],
    ['application/xml', `\n  ${STS}`],
    [undefined, STS],
  ])('with Content-Type %s', (type, body) => {
    expect(sniffStsBody(200, type, body)).toBeUndefined();
  });
});

describe('sniffStsBody refuses what is not STS XML', () => {
  it.each([
    ['an nginx 502 page', 502, 'text/html', NGINX, 'HTML', '502 Bad Gateway 502 Bad Gateway nginx'],
    [
      'HTML served as XML',
      500,
      'text/xml',
      '<!DOCTYPE html><html><body>Oops</body></html>',
      'HTML',
      'Oops',
    ],
    [
      'HTML without a Content-Type',
      404,
      undefined,
      '<html><body>Not found</body></html>',
      'HTML',
      'Not found',
    ],
    [
      'XHTML',
      200,
      'application/xhtml+xml',
      '<html xmlns="http://www.w3.org/1999/xhtml"/>',
      'HTML',
      '',
    ],
    [
      'JSON',
      500,
      'application/json',
      '{"message":"Internal server error"}',
      'JSON',
      '{"message":"Internal server error"}',
    ],
    [
      'AWS JSON',
      400,
      'application/x-amz-json-1.1',
      '{"__type":"UnknownOperationException"}',
      'JSON',
      '{"__type":"UnknownOperationException"}',
    ],
    ['JSON served as XML', 200, 'text/xml', '[1]', 'JSON', '[1]'],
    ['an empty body', 200, 'text/xml', '', 'an empty body', ''],
    ['whitespace', 500, undefined, ' \n', 'an empty body', ''],
    [
      'plain text',
      500,
      'text/plain',
      'Internal Server Error',
      'text of type text/plain',
      'Internal Server Error',
    ],
    [
      'text served as XML',
      503,
      'text/xml',
      'upstream connect error',
      'text that is not XML',
      'upstream connect error',
    ],
    [
      'markup of another type',
      200,
      'application/octet-stream',
      '<a/>',
      'a document of type application/octet-stream',
      '',
    ],
  ])('%s', (_name, status, type, body, what, excerpt) => {
    expect(sniffStsBody(status, type, body)).toEqual({
      httpStatus: status,
      contentType: type ?? '',
      what,
      excerpt,
    });
  });

  it.each([
    ['a DTD', '<!DOCTYPE r [<!ENTITY x "y">]><r>&x;</r>', /DTD/],
    ['an SVG namespace', '<r xmlns:s="http://www.w3.org/2000/svg"><s:svg onload="x"/></r>', /SVG/],
    ['XML that is not well formed', '<ErrorResponse><Error></ErrorResponse>', /not well formed/],
  ])('XML a browser cannot read safely: %s', (_name, body, detail) => {
    const verdict = sniffStsBody(500, 'text/xml', body);
    expect(verdict?.what).toBe('XML a browser cannot read safely');
    expect(verdict?.detail).toMatch(detail);
  });
});

describe('bodyExcerpt', () => {
  it('keeps the text of markup, without scripts and styles', () => {
    expect(
      bodyExcerpt(
        '<html><head><style>body{x}</style><script>alert("x<y")</script></head><body><p>Service&nbsp;&amp; co &lt;down&gt;</p><script>unclosed',
      ),
    ).toBe('Service & co <down>');
  });

  it('is short, one line and direction-neutral whatever the body', () => {
    const excerpt = bodyExcerpt(`<html><body>${'\u202Eevil\n'.repeat(300_000)}</body></html>`);
    expect(excerpt.length).toBeLessThan(200);
    expect(excerpt).not.toMatch(/[\u202E\n]/);
    expect(excerpt).toMatch(/… \([\d,]+ characters\)$/);
  });
});

describe('describeNotStsAnswer', () => {
  it('says what came instead', () => {
    expect(
      describeNotStsAnswer({
        httpStatus: 500,
        contentType: 'text/html',
        what: 'HTML',
        excerpt: '',
      }),
    ).toBe('The endpoint answered HTTP 500 with HTML, not an STS answer.');
  });
});
