import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FormProvider, useForm, type FieldValues } from 'react-hook-form';
import { afterEach, expect, it } from 'vitest';
import { TextField, WatchedTextField } from './text-field.tsx';

afterEach(cleanup);

function Form({ children }: { children: ReactNode }) {
  const form = useForm();
  return <FormProvider {...form}>{children}</FormProvider>;
}

const longerThanMaximum = (values: FieldValues) =>
  Number(values.DurationSeconds) > Number(values.Maximum)
    ? 'Longer than the maximum session duration.'
    : undefined;

it('works its warning out from the rest of the form as the user types', () => {
  render(
    <Form>
      <TextField name="Maximum" label="Maximum" numeric />
      <WatchedTextField
        name="DurationSeconds"
        label="Duration"
        numeric
        warningFor={longerThanMaximum}
      />
    </Form>,
  );
  fireEvent.change(screen.getByLabelText('Maximum'), { target: { value: '3600' } });
  fireEvent.change(screen.getByLabelText('Duration'), { target: { value: '7200' } });
  expect(screen.getByText('Longer than the maximum session duration.')).toBeTruthy();
  fireEvent.change(screen.getByLabelText('Maximum'), { target: { value: '43200' } });
  expect(screen.queryByText('Longer than the maximum session duration.')).toBeNull();
});

it('masks a secret input with CSS, never type=password (no browser offers to save it)', () => {
  render(
    <Form>
      <TextField name="SecretAccessKey" label="Secret" secret />
      <TextField name="Shown" label="Shown" secret revealed />
    </Form>,
  );
  const secret = screen.getByLabelText('Secret');
  expect(secret.getAttribute('type')).toBe('text');
  expect(secret.classList.contains('input--masked')).toBe(true);
  expect(secret.getAttribute('autocomplete')).toBe('off');
  const shown = screen.getByLabelText('Shown');
  expect(shown.getAttribute('type')).toBe('text');
  expect(shown.classList.contains('input--masked')).toBe(false);
});
