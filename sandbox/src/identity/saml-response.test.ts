import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { samlIdpCertificatePem } from './demo-keys.ts';
import {
  mintSamlResponse,
  verifySamlResponse,
  type MintSamlResponseOptions,
} from './saml-response.ts';

const accountId = '111122223333';
const roleArn = `arn:aws:iam::${accountId}:role/SamlDemo`;
const providerArn = `arn:aws:iam::${accountId}:saml-provider/SandboxIdP`;
const now = Math.floor(Date.now() / 1000);
const sandboxIdp = {
  arn: providerArn,
  name: 'SandboxIdP',
  certificatePem: samlIdpCertificatePem(),
};
const otherCertificate = readFileSync(
  new URL('./test-fixtures/other-saml-idp.cert.pem', import.meta.url),
  'utf8',
);

const mint = (overrides: Partial<MintSamlResponseOptions> = {}) =>
  mintSamlResponse({ roles: [{ roleArn, providerArn }], nowSeconds: now, ...overrides });
const verify = (base64: string, providers = [sandboxIdp]) =>
  verifySamlResponse(base64, { providers, nowSeconds: now, accountId });
const toXml = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');
const toBase64 = (xml: string) => Buffer.from(xml, 'utf8').toString('base64');
const invalidIdentityToken = { ok: false, error: { code: 'InvalidIdentityToken', status: 400 } };

describe('SAML responses', () => {
  it('verifies what it mints and reports what STS reports', () => {
    const result = verify(mint({ subject: 'alice', sessionDurationSeconds: 1800 }));
    const issuer = 'urn:sts-console:sandbox-idp';
    expect(result).toEqual({
      ok: true,
      value: {
        issuer,
        subject: 'alice',
        subjectType: 'persistent',
        audience: 'https://signin.aws.amazon.com/saml',
        nameQualifier: createHash('sha1')
          .update(`${issuer}${accountId}/SandboxIdP`)
          .digest('base64'),
        roles: [{ roleArn, providerArn }],
        sessionDurationSeconds: 1800,
        roleSessionName: 'alice',
        providerArn,
      },
    });
  });

  it('mints a real signed SAML 2.0 Response', () => {
    const xml = toXml(mint());
    expect(xml).toMatch(
      /^<samlp:Response [^>]*Destination="https:\/\/signin\.aws\.amazon\.com\/saml"/,
    );
    expect(xml).toContain(
      '<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>',
    );
    expect(xml).toContain(
      '<ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>',
    );
    expect(xml).toContain(`<saml:AttributeValue>${roleArn},${providerArn}</saml:AttributeValue>`);
  });

  it('reports transient and custom NameID formats as STS does', () => {
    const transient = verify(
      mint({ subjectFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient' }),
    );
    expect(transient).toMatchObject({ ok: true, value: { subjectType: 'transient' } });
    const email = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';
    expect(verify(mint({ subjectFormat: email }))).toMatchObject({
      ok: true,
      value: { subjectType: email },
    });
  });

  it('rejects an assertion altered after signing', () => {
    const forged = toXml(mint()).replace('role/SamlDemo', 'role/Admin');
    expect(verify(toBase64(forged))).toMatchObject({
      ok: false,
      error: { code: 'InvalidIdentityToken', message: 'Response signature invalid' },
    });
  });

  it('rejects a signature wrapping attempt that hides the signed assertion', () => {
    const xml = toXml(mint());
    const signed = /<saml:Assertion [\s\S]*<\/saml:Assertion>/.exec(xml)![0];
    const signature = /<ds:Signature[\s\S]*<\/ds:Signature>/.exec(signed)![0];
    const evil = signed
      .replace(/ID="[^"]+"/, 'ID="_evil"')
      .replace(signature, '')
      .replace('role/SamlDemo', 'role/Admin')
      .replace('</saml:Issuer>', `</saml:Issuer>${signature}`);
    const wrapped = xml.replace(signed, `<samlp:Extensions>${signed}</samlp:Extensions>${evil}`);
    expect(verify(toBase64(wrapped))).toMatchObject(invalidIdentityToken);
  });

  it('rejects a wrapping attempt that reuses the signed assertion ID', () => {
    const xml = toXml(mint());
    const signed = /<saml:Assertion [\s\S]*<\/saml:Assertion>/.exec(xml)![0];
    const evil = signed.replace('role/SamlDemo', 'role/Admin');
    const wrapped = xml.replace(signed, `${evil}<samlp:Extensions>${signed}</samlp:Extensions>`);
    expect(verify(toBase64(wrapped))).toMatchObject(invalidIdentityToken);
  });

  it('rejects a response signed by a key other than the registered certificate', () => {
    const result = verify(mint(), [{ ...sandboxIdp, certificatePem: otherCertificate }]);
    expect(result).toMatchObject({ ok: false, error: { message: 'Response signature invalid' } });
  });

  it('only tries the provider the request names', () => {
    const result = verifySamlResponse(mint(), {
      providers: [sandboxIdp],
      nowSeconds: now,
      accountId,
      principalArn: `arn:aws:iam::${accountId}:saml-provider/Other`,
    });
    expect(result).toMatchObject(invalidIdentityToken);
  });

  it('answers ExpiredTokenException once NotOnOrAfter has passed', () => {
    expect(verify(mint({ ttlSeconds: -1 }))).toEqual({
      ok: false,
      error: { code: 'ExpiredTokenException', message: 'Response has expired', status: 400 },
    });
  });

  it('rejects an assertion that is not yet valid', () => {
    expect(verify(mint({ nowSeconds: now + 3600 }))).toMatchObject(invalidIdentityToken);
  });

  it('rejects an assertion for another audience', () => {
    const result = verify(mint({ audience: 'https://sp.example.com/saml' }));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'InvalidIdentityToken',
        message: expect.stringContaining('audience') as unknown,
      },
    });
  });

  it('refuses DTDs and entity declarations', () => {
    const xml = toXml(mint());
    const withEntity = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY who "admin">]>${xml}`;
    expect(verify(toBase64(withEntity))).toMatchObject({
      ok: false,
      error: { code: 'InvalidIdentityToken', message: expect.stringContaining('DTD') as unknown },
    });
  });

  it('rejects input that is not base64 XML', () => {
    expect(verify('%%% not base64 %%%')).toMatchObject(invalidIdentityToken);
    expect(verify(toBase64('<unclosed'))).toMatchObject(invalidIdentityToken);
  });

  it('answers IDPRejectedClaim when the Role attribute names no role/provider pair', () => {
    expect(verify(mint({ roles: [] }))).toMatchObject({
      ok: false,
      error: { code: 'IDPRejectedClaim', status: 403 },
    });
  });

  it('rejects a RoleSessionName STS would not accept, with STS wording', () => {
    expect(verify(mint({ roleSessionName: 'a b' }))).toMatchObject({
      ok: false,
      error: { message: 'RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}' },
    });
  });
});
