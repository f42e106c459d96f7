import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { markFirstScreenShown } from '../../components/when-idle.ts';
import { makeJwt } from '../../lib/decoders/test-helpers.ts';
import { setSignInStatus } from './oidc-sign-in/sign-in-status.ts';
import { forgetUnlessVerified } from './oidc-sign-in/verified-token.ts';
import { WebIdentityTokenField } from './web-identity-token-field.tsx';

// As in the app once its first screen is up: the decoded view's chunk loads when it is rendered.
markFirstScreenShown();

const ISSUER = 'https://idp.example.com';
const TOKEN = makeJwt({ alg: 'RS256' }, { iss: ISSUER, sub: 'alice', aud: 'sts-console' });

afterEach(() => {
  cleanup();
  setSignInStatus({ phase: 'idle' });
  forgetUnlessVerified(undefined);
});

function Form({ children }: { children: ReactNode }) {
  const form = useForm();
  return <FormProvider {...form}>{children}</FormProvider>;
}

function tokenBox(): HTMLTextAreaElement {
  const box = screen.getByLabelText(/Web identity token/);
  if (!(box instanceof HTMLTextAreaElement)) throw new Error('no token textarea');
  return box;
}

async function badge(): Promise<string> {
  const view = await screen.findByRole('region', { name: 'Decoded token' });
  const text = view.querySelector('.badge')?.textContent;
  return text ?? '';
}

describe('WebIdentityTokenField', () => {
  it('says a pasted token’s signature was not verified', async () => {
    render(
      <Form>
        <WebIdentityTokenField />
      </Form>,
    );
    fireEvent.input(tokenBox(), { target: { value: TOKEN } });
    expect(await badge()).toBe('Signature not verified');
  });

  it('says the sign-in verified the token it filled in, until the text changes', async () => {
    setSignInStatus({
      phase: 'signed-in',
      provider: 'Example',
      subject: 'alice',
      handoff: { idToken: TOKEN, issuer: ISSUER },
    });
    render(
      <Form>
        <WebIdentityTokenField />
      </Form>,
    );
    expect(await badge()).toBe(`Signature verified (${ISSUER} keys)`);
    expect(tokenBox().value).toBe(TOKEN);

    fireEvent.input(tokenBox(), { target: { value: `${TOKEN}AAAA` } });
    expect(await badge()).toBe('Signature not verified');
    // The same text typed back is not the token the sign-in handed over any more.
    fireEvent.input(tokenBox(), { target: { value: TOKEN } });
    await act(() => Promise.resolve());
    expect(await badge()).toBe('Signature not verified');
  });
});
