import { describe, expect, it } from 'vitest';
import {
  defaultDurationFrom,
  durationOverSessionDuration,
  pickedPairIndex,
  preselectedPair,
  rolePairValues,
  samlAssertionForCall,
  samlFormSchema,
} from './saml-form-values.ts';

const pair = {
  roleArn: 'arn:aws:iam::111122223333:role/SamlDemo',
  providerArn: 'arn:aws:iam::111122223333:saml-provider/SandboxIdP',
};

describe('rolePairValues', () => {
  it('fills RoleArn with the role and PrincipalArn with the provider', () => {
    expect(rolePairValues(pair)).toEqual({
      RoleArn: pair.roleArn,
      PrincipalArn: pair.providerArn,
    });
  });

  it('finds which pair the form names, or -1', () => {
    const other = { ...pair, roleArn: 'arn:aws:iam::111122223333:role/Other' };
    expect(pickedPairIndex([other, pair], pair.roleArn, pair.providerArn)).toBe(1);
    expect(pickedPairIndex([other, pair], pair.roleArn, undefined)).toBe(-1);
  });
});

describe('preselectedPair', () => {
  const other = { roleArn: 'arn:aws:iam::111122223333:role/Other', providerArn: pair.providerArn };
  it('picks the only role while both ARNs are empty', () => {
    expect(preselectedPair([pair], undefined, undefined)).toBe(pair);
    expect(preselectedPair([pair], '', ' ')).toBe(pair);
  });
  it('never overrides what the user typed, and never guesses among several', () => {
    expect(preselectedPair([pair], 'arn:aws:iam::111122223333:role/Mine', '')).toBeUndefined();
    expect(preselectedPair([pair], '', pair.providerArn)).toBeUndefined();
    expect(preselectedPair([pair, other], undefined, undefined)).toBeUndefined();
    expect(preselectedPair([], undefined, undefined)).toBeUndefined();
  });
});

describe('SessionDuration', () => {
  it.each([
    [undefined, undefined],
    [3600, 3600],
    [600, 900],
    [90_000, 43_200],
  ])('proposes %s as %s', (attribute, proposed) => {
    expect(defaultDurationFrom(attribute)).toBe(proposed);
  });

  it('warns only above the attribute', () => {
    expect(durationOverSessionDuration(3600, 3600)).toBeUndefined();
    expect(durationOverSessionDuration(3601, 3600)).toMatch(/SessionDuration \(3,600 seconds\)/);
    expect(durationOverSessionDuration(7200, undefined)).toBeUndefined();
    expect(durationOverSessionDuration(undefined, 3600)).toBeUndefined();
    expect(durationOverSessionDuration(Number.NaN, 3600)).toBeUndefined();
  });
});

describe('samlAssertionForCall', () => {
  const xml = '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"/>';
  const base64 = btoa(xml);

  it('sends pasted XML as base64', () => {
    expect(samlAssertionForCall(xml)).toEqual({ ok: true, value: base64 });
  });

  it('sends base64 with line breaks as one line', () => {
    const wrapped = `${base64.slice(0, 20)}\n${base64.slice(20)}`;
    expect(samlAssertionForCall(wrapped)).toEqual({ ok: true, value: base64 });
  });

  it('refuses what is neither', () => {
    expect(samlAssertionForCall('not saml at all!').ok).toBe(false);
  });
});

describe('samlFormSchema', () => {
  const base = {
    RoleArn: pair.roleArn,
    PrincipalArn: pair.providerArn,
  };

  it('puts the decoder refusal of a DTD at the SAML assertion field, with the other errors', () => {
    const parsed = samlFormSchema.safeParse({
      ...base,
      RoleArn: 'short',
      SAMLAssertion: '<!DOCTYPE x [<!ENTITY a "a">]><samlp:Response>&a;</samlp:Response>',
    });
    expect(parsed.success).toBe(false);
    const byPath = new Map(parsed.error?.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath.get('SAMLAssertion')).toMatch(/DTD or entities/);
    expect(byPath.has('RoleArn')).toBe(true);
  });

  it('accepts a paste that decodes', () => {
    const xml = '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"/>';
    expect(samlFormSchema.safeParse({ ...base, SAMLAssertion: xml }).success).toBe(true);
  });
});
