import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { OperationForm } from './operation-form.tsx';
import { TextField } from './text-field.tsx';
import { useFieldErrors } from './use-field-errors.ts';

afterEach(cleanup);

const schema = z.object({
  RoleArn: z.string({ error: 'Enter a role ARN.' }),
  RoleSessionName: z.string().min(2, 'At least 2 characters.'),
});

/** A field that counts its renders, showing its error like the real ones. */
function CountingField({ name, onRender }: { name: string; onRender: () => void }) {
  onRender();
  const errorFor = useFieldErrors(name);
  const error = errorFor(name);
  return error ? <p role="alert">{error}</p> : null;
}

it('re-renders a field when its own message changes, not the form on every submit', async () => {
  const formRenders = { count: 0 };
  const arnRenders = { count: 0 };
  const onSubmit = vi.fn();
  const renderFields = () => {
    formRenders.count += 1;
    return (
      <>
        <TextField name="RoleArn" label="Role ARN" />
        <CountingField
          name="RoleArn"
          onRender={() => {
            arnRenders.count += 1;
          }}
        />
        <TextField name="RoleSessionName" label="Role session name" />
      </>
    );
  };
  render(
    <OperationForm
      schema={schema}
      draftKey="FieldErrorsTest"
      onSubmit={onSubmit}
      submitLabel="Send"
      pending={false}
    >
      {renderFields}
    </OperationForm>,
  );
  fireEvent.change(screen.getByLabelText('Role session name'), { target: { value: 'x' } });
  const send = screen.getByRole('button', { name: 'Send' });

  // Invalid: each field shows its own message (the counting field re-renders once for it).
  fireEvent.click(send);
  expect(await screen.findByText('At least 2 characters.')).toBeTruthy();
  expect(screen.getAllByText('Enter a role ARN.')).toHaveLength(2);
  expect(onSubmit).not.toHaveBeenCalled();

  // Fixed and sent: the messages go away, the call is made, and the form itself never re-rendered.
  fireEvent.change(screen.getByLabelText('Role ARN'), {
    target: { value: 'arn:aws:iam::123456789012:role/demo' },
  });
  fireEvent.change(screen.getByLabelText('Role session name'), { target: { value: 'demo' } });
  await vi.waitFor(() => {
    expect(screen.queryByText('Enter a role ARN.')).toBeNull();
  });
  const arnRendersBefore = arnRenders.count;
  const formRendersBefore = formRenders.count;
  fireEvent.click(send);
  await vi.waitFor(() => {
    expect(onSubmit).toHaveBeenCalledOnce();
  });
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  expect(arnRenders.count).toBe(arnRendersBefore);
  expect(formRenders.count).toBe(formRendersBefore);
});
