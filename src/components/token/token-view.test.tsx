import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeJwt, type DecodedJwt } from '../../lib/decoders/jwt.ts';
import { makeJwt } from '../../lib/decoders/test-helpers.ts';
import { TokenView } from './token-view.tsx';

afterEach(cleanup);

function decoded(): DecodedJwt {
  const result = decodeJwt(
    makeJwt({ alg: 'RS256', kid: 'k1' }, { iss: 'https://idp.example.com', sub: 'alice' }),
  );
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('TokenView', () => {
  it('says the signature was not verified when nobody verified it', () => {
    render(<TokenView decoded={decoded()} />);
    const view = screen.getByRole('region', { name: 'Decoded token' });
    expect(view.textContent).toContain('Signature not verified');
    expect(view.textContent).not.toContain('Signature verified');
  });

  it('names the issuer whose keys verified the signature', () => {
    render(<TokenView decoded={decoded()} verifiedBy="https://idp.example.com" />);
    const view = screen.getByRole('region', { name: 'Decoded token' });
    expect(view.textContent).toContain('Signature verified (https://idp.example.com keys)');
    expect(view.textContent).not.toContain('Signature not verified');
  });
});
