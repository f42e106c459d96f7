import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { afterEach, expect, it } from 'vitest';
import type { SignerKind } from '../../lib/sts/field-warnings.ts';
import { AssumeRoleFields } from './assume-role-fields.tsx';

afterEach(cleanup);

function Form({ children }: { children: ReactNode }) {
  const form = useForm();
  return <FormProvider {...form}>{children}</FormProvider>;
}

function renderFields(signerKind: SignerKind) {
  render(
    <Form>
      <AssumeRoleFields signerKind={signerKind} />
    </Form>,
  );
}

it('warns at the duration when a role session signs a request for more than an hour', () => {
  renderFields('role-session');
  expect(screen.queryByText(/Role chaining/)).toBeNull();
  fireEvent.change(screen.getByLabelText('Duration (seconds)'), { target: { value: '7200' } });
  expect(screen.getByText(/Role chaining .* limits the session to 1 hour/)).toBeTruthy();
});

it('warns under the fields about the request as a whole', () => {
  renderFields('root');
  expect(screen.getByText(/The root user cannot call AssumeRole/)).toBeTruthy();
});
