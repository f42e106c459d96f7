import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FormProvider, useForm, type FieldValues } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
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

it('keeps the focused input when its warning rules arrive late, and warns about what is typed', () => {
  const fields = (warningFor?: typeof longerThanMaximum) => (
    <Form>
      <TextField name="Maximum" label="Maximum" numeric />
      <WatchedTextField name="DurationSeconds" label="Duration" numeric warningFor={warningFor} />
    </Form>
  );
  const { rerender } = render(fields());
  fireEvent.change(screen.getByLabelText('Maximum'), { target: { value: '3600' } });
  const duration = screen.getByLabelText('Duration');
  duration.focus();
  fireEvent.change(duration, { target: { value: '7200' } });
  rerender(fields(longerThanMaximum));
  expect(screen.getByLabelText('Duration')).toBe(duration);
  expect(document.activeElement).toBe(duration);
  expect(screen.getByText('Longer than the maximum session duration.')).toBeTruthy();
});

/** The attributes that keep browsers and keyboards from storing, suggesting or changing input. */
function expectNoAssistance(el: HTMLElement) {
  expect(el.getAttribute('autocomplete')).toBe('off');
  expect(el.getAttribute('spellcheck')).toBe('false');
  expect(el.getAttribute('autocapitalize')).toBe('off');
  expect(el.getAttribute('autocorrect')).toBe('off');
}

describe('THREAT-MODEL promise 6: what the browser may do with what is typed', () => {
  it('a secret input is masked until revealed, never autocompleted, spell-checked or capitalised', () => {
    const { rerender } = render(
      <Form>
        <TextField name="TokenCode" label="MFA code" secret />
      </Form>,
    );
    const field = screen.getByLabelText('MFA code');
    expectNoAssistance(field);
    // Masked by CSS, never type=password: no browser offers to save it as a login.
    expect(field.getAttribute('type')).toBe('text');
    expect(field.classList.contains('input--masked')).toBe(true);
    rerender(
      <Form>
        <TextField name="TokenCode" label="MFA code" secret revealed />
      </Form>,
    );
    expect(screen.getByLabelText('MFA code').classList.contains('input--masked')).toBe(false);
  });

  it('a secret text area is masked until revealed, never autocompleted or spell-checked', () => {
    const { rerender } = render(
      <Form>
        <TextField name="Token" label="Token" secret rows={4} />
      </Form>,
    );
    const area = screen.getByLabelText('Token');
    expect(area.tagName).toBe('TEXTAREA');
    expectNoAssistance(area);
    expect(area.classList.contains('input--masked')).toBe(true);
    rerender(
      <Form>
        <TextField name="Token" label="Token" secret revealed rows={4} />
      </Form>,
    );
    expect(screen.getByLabelText('Token').classList.contains('input--masked')).toBe(false);
  });

  it('plain text and number inputs are never autocompleted or spell-checked either', () => {
    render(
      <Form>
        <TextField name="RoleArn" label="Role ARN" suggestions={['arn:aws:iam::1:role/A']} />
        <TextField name="DurationSeconds" label="Duration" numeric />
        <TextField name="Policy" label="Policy" rows={3} />
      </Form>,
    );
    for (const label of ['Role ARN', 'Duration', 'Policy']) {
      const field = screen.getByLabelText(label);
      expectNoAssistance(field);
      expect(field.getAttribute('type') ?? 'text', label).toBe('text');
      expect(field.classList.contains('input--masked'), label).toBe(false);
    }
  });
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

it('cleans a paste made right after the page opened, and says so at the field', async () => {
  render(
    <Form>
      <TextField name="RoleArn" label="Role ARN" />
    </Form>,
  );
  const field = screen.getByLabelText('Role ARN');
  const arn = 'arn:aws:iam::111122223333:role/WebIdentityDemo';
  fireEvent.paste(field, { clipboardData: { getData: () => `  "${arn}"\n` } });
  expect(await screen.findByText(/Removed the quotes/)).toBeTruthy();
  expect((field as HTMLInputElement).value).toBe(arn);
});
