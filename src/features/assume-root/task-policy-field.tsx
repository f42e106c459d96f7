import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { useFieldErrors } from '../../components/form/use-field-errors.ts';
import { Field } from '../../components/field.tsx';
import { emptyToUndefined } from '../../components/form/form-values.ts';
import { retargetTaskArn, rootTaskOptions } from './root-task.ts';

/** The root task: one of the five AWS root-task policies, as an ARN in the region's partition. */
export function TaskPolicyField({ region }: { region: string }) {
  const { register, getValues, setValue } = useFormContext();
  // The options' ARNs follow the region's partition; keep the chosen task when the region changes.
  useEffect(() => {
    const current: unknown = getValues('TaskPolicyArn.arn');
    const next = retargetTaskArn(current, region);
    if (next !== current) setValue('TaskPolicyArn.arn', next);
  }, [region, getValues, setValue]);
  const errorFor = useFieldErrors('TaskPolicyArn');
  const options = rootTaskOptions(region);
  return (
    <Field
      label="Task policy ARN"
      required
      error={errorFor('TaskPolicyArn.arn')}
      hint="The privileged task the root session may do; AWS allows only these five."
    >
      {(ids) => (
        <select
          {...ids}
          className="input"
          {...register('TaskPolicyArn.arn', { setValueAs: emptyToUndefined })}
        >
          <option value="">Choose a root task…</option>
          {options.map((o) => (
            <option key={o.name} value={o.arn}>
              {o.name} — {o.description}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
