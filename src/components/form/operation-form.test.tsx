import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { UseFormReturn } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { OperationForm } from './operation-form.tsx';

afterEach(cleanup);

const errorText = (message: unknown) => (typeof message === 'string' ? message : '');

const schema = z.object({ RoleArn: z.string().min(1, 'Enter a role ARN.') });

describe('OperationForm', () => {
  it('shows the call’s progress without re-rendering the fields', () => {
    let fieldRenders = 0;
    const renderFields = (form: UseFormReturn) => {
      fieldRenders += 1;
      return <input aria-label="Role ARN" {...form.register('RoleArn')} />;
    };
    const onSubmit = vi.fn();
    const onCancel = vi.fn();
    const props = { schema, draftKey: 'Test', onSubmit, submitLabel: 'Send', onCancel };
    const { rerender } = render(
      <OperationForm {...props} pending={false}>
        {renderFields}
      </OperationForm>,
    );
    const before = fieldRenders;
    rerender(
      <OperationForm {...props} pending>
        {renderFields}
      </OperationForm>,
    );
    expect(screen.getByRole('button', { name: 'Sending…' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    rerender(
      <OperationForm {...props} pending={false}>
        {renderFields}
      </OperationForm>,
    );
    expect(screen.getByRole('button', { name: 'Send' })).toBeTruthy();
    expect(fieldRenders).toBe(before);
  });

  it('validates with the schema and sends nothing while a call is pending', async () => {
    const onSubmit = vi.fn();
    const props = { schema, draftKey: 'Test2', onSubmit, submitLabel: 'Send' };
    const renderFields = (form: UseFormReturn) => (
      <>
        <input aria-label="Role ARN" {...form.register('RoleArn')} />
        <p>{errorText(form.formState.errors.RoleArn?.message)}</p>
      </>
    );
    const { rerender } = render(
      <OperationForm {...props} pending={false}>
        {renderFields}
      </OperationForm>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Enter a role ARN.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Role ARN'), { target: { value: 'arn' } });
    rerender(
      <OperationForm {...props} pending>
        {renderFields}
      </OperationForm>,
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sending…' }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(onSubmit).not.toHaveBeenCalled();
    rerender(
      <OperationForm {...props} pending={false}>
        {renderFields}
      </OperationForm>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await vi.waitFor(() => {
      expect(onSubmit).toHaveBeenCalledWith({ RoleArn: 'arn' });
    });
    // The click while pending was dropped: had it gone through, it would have been sent first.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(onSubmit).toHaveBeenCalledOnce();
  });
});
