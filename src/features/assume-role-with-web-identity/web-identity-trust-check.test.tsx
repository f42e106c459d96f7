import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { FormProvider, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { makeJwt } from '../../lib/decoders/test-helpers.ts';
import { WebIdentityTrustCheck } from './web-identity-trust-check.tsx';

afterEach(cleanup);

const GH = 'token.actions.githubusercontent.com';
const ROLE = 'arn:aws:iam::123456789012:role/Deploy';
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: {
    Effect: 'Allow',
    Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${GH}` },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: { StringLike: { [`${GH}:sub`]: 'repo:org/app:ref:refs/heads/main' } },
  },
});

function Form({ sub }: { sub: string }) {
  const form = useForm({
    defaultValues: {
      WebIdentityToken: makeJwt(
        { alg: 'RS256' },
        { iss: `https://${GH}`, sub, aud: 'sts.amazonaws.com' },
      ),
      RoleArn: ROLE,
      RoleSessionName: 'ci',
    },
  });
  return (
    <FormProvider {...form}>
      <WebIdentityTrustCheck />
    </FormProvider>
  );
}

const paste = (text: string) => {
  fireEvent.change(screen.getByLabelText('Role trust policy'), { target: { value: text } });
};

describe('WebIdentityTrustCheck', () => {
  it('says which key refuses the token, with both values, and drafts a change', () => {
    render(<Form sub="repo:org/app:ref:refs/heads/dev" />);
    paste(POLICY);
    expect(screen.getAllByRole('status')[0]?.textContent).toBe(
      `not allowed: ${GH}:sub expects StringLike "repo:org/app:ref:refs/heads/main" got "repo:org/app:ref:refs/heads/dev"`,
    );
    expect(screen.getByRole('region', { name: 'Suggested trust policy change' })).toBeTruthy();
  });

  it('says allowed, without a suggestion, when the policy admits the request', () => {
    render(<Form sub="repo:org/app:ref:refs/heads/main" />);
    paste(POLICY);
    expect(screen.getAllByRole('status')[0]?.textContent).toMatch(/^allowed:/);
    expect(screen.queryByRole('region', { name: 'Suggested trust policy change' })).toBeNull();
  });

  it('explains the provider’s claim formats and refuses a policy that is not one', () => {
    render(<Form sub="repo:org/app:ref:refs/heads/main" />);
    expect(screen.getByRole('region', { name: 'About GitHub Actions tokens' })).toBeTruthy();
    paste('{"Version":"2012-10-17"}');
    expect(screen.getByText('The policy has no "Statement".')).toBeTruthy();
  });
});
