import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText, jsonish, nearExport, nearJwt, nearXml } from '../decoders/fuzz-arbitraries.ts';
import { fuzz } from '../decoders/fuzz-check.ts';
import { detectPaste } from './detect-paste.ts';
import { parseEnvExports } from './parse-env-exports.ts';
import { parseIniProfile } from './parse-ini-profile.ts';
import { parseKeyPair } from './parse-key-pair.ts';
import { parseStsJson } from './parse-sts-json.ts';
import { decodeJwt } from '../decoders/jwt.ts';
import { decodeSamlResponse } from '../decoders/saml.ts';
import { findEncodedAuthorizationMessage } from '../decoders/authorization-message.ts';
import { decodeAccessKeyId } from '../decoders/access-key-id.ts';
import { parseDecodedAuthorizationMessage } from '../decoders/decoded-authorization-message.ts';
import { describePrincipalArn } from '../decoders/arn.ts';

// 10,000 runs per target take a few seconds; the ceiling leaves room on a busy machine.
describe('hostile input: importers never throw, never pollute', { timeout: 60_000 }, () => {
  it('parseEnvExports', () => {
    fuzz(
      fc.oneof({ weight: 4, arbitrary: nearExport }, { weight: 1, arbitrary: anyText }),
      parseEnvExports,
    );
  });

  it('parseIniProfile', () => {
    fuzz(fc.oneof(nearExport, anyText), (text) => parseIniProfile(text));
  });

  it('parseStsJson', () => {
    const shaped = fc
      .record(
        {
          Credentials: fc.oneof(
            fc.jsonValue({ maxDepth: 2 }),
            fc.record({
              AccessKeyId: fc.jsonValue({ maxDepth: 1 }),
              SecretAccessKey: fc.string(),
              Expiration: fc.string(),
            }),
          ),
          Version: fc.jsonValue({ maxDepth: 1 }),
          AccessKeyId: fc.string(),
        },
        { requiredKeys: [] },
      )
      .map((doc) => JSON.stringify(doc));
    fuzz(fc.oneof(shaped, jsonish, nearExport), parseStsJson);
  });

  it('parseKeyPair', () => {
    const nearPair = fc
      .tuple(
        fc.stringMatching(/^A[KS]IA[A-Z0-9]{12,20}$/),
        fc.constantFrom(' ', ':', ',', '\n', ' , '),
        fc.string({ unit: fc.constantFrom(...'Aa0/+= :\n'.split('')), maxLength: 60 }),
      )
      .map((parts) => parts.join(''));
    fuzz(fc.oneof(nearPair, nearExport, anyText), parseKeyPair);
  });

  it('detectPaste', () => {
    fuzz(fc.oneof(nearExport, nearJwt, nearXml, anyText), detectPaste);
  });
});

describe('caps: huge inputs are refused, whatever they contain', { timeout: 60_000 }, () => {
  const huge = fc
    .tuple(
      fc.oneof(nearExport, nearJwt, nearXml, anyText),
      fc.integer({ min: 200_001, max: 400_000 }),
    )
    .map(([seed, length]) =>
      (seed === '' ? 'x' : seed)
        .repeat(Math.ceil(length / Math.max(1, seed.length)))
        .slice(0, length),
    );

  it.each([
    ['parseEnvExports', parseEnvExports],
    ['parseIniProfile', (t: string) => parseIniProfile(t)],
    ['parseStsJson', parseStsJson],
    ['parseKeyPair', parseKeyPair],
    ['decodeJwt', decodeJwt],
    ['decodeSamlResponse', (t: string) => decodeSamlResponse(t)],
    ['findEncodedAuthorizationMessage', findEncodedAuthorizationMessage],
    ['parseDecodedAuthorizationMessage', parseDecodedAuthorizationMessage],
    ['decodeAccessKeyId', decodeAccessKeyId],
    ['describePrincipalArn', describePrincipalArn],
  ])('%s', (_name, fn) => {
    fc.assert(
      fc.property(huge, (input) => {
        expect(fn(input).ok).toBe(false);
      }),
      { numRuns: 20 },
    );
  });

  it('detectPaste', () => {
    fc.assert(
      fc.property(huge, (input) => {
        expect(detectPaste(input).kind).toBe('unknown');
      }),
      { numRuns: 20 },
    );
  });
});
