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

describe('TokenView, compact', () => {
  it('shows one summary line and keeps every claim behind it', () => {
    render(<TokenView decoded={decoded()} compact />);
    const view = screen.getByRole('region', { name: 'Decoded token' });
    const claims = view.querySelector('details.token-view__claims');
    expect(claims?.hasAttribute('open')).toBe(false);
    expect(claims?.querySelector('summary')?.textContent).toBe(
      'Claims: alice · iss https://idp.example.com',
    );
    expect(claims?.querySelector('dl')?.textContent).toContain('sub');
  });

  it('lists the claims openly when not compact', () => {
    render(<TokenView decoded={decoded()} />);
    const view = screen.getByRole('region', { name: 'Decoded token' });
    expect(view.querySelector('details.token-view__claims')).toBeNull();
    expect(view.querySelector('dl')?.textContent).toContain('alice');
  });
});
