import { useFormContext, useWatch } from 'react-hook-form';
import { lazyModule } from '../lazy-module.ts';
import { codePointLength, formatCount } from '../../lib/sts/schemas/text.ts';
import { WatchedTextField, type WarningFor } from './text-field.tsx';

export interface PolicyFieldProps {
  name: string;
  /** The limit STS applies (2048 characters for most session policies). */
  maxLength: number;
  /** True when the limit is documented but not enforced by the model: shown, not blocking. */
  softLimit?: boolean;
  warning?: string | undefined;
  /** A warning worked out from the whole form's values (see WatchedTextField). */
  warningFor?: WarningFor | undefined;
  label?: string;
}

/** Where a policy's JSON goes wrong: loaded after the first screen (the field starts empty). */
const jsonErrors = lazyModule(() => import('../../lib/sts/schemas/locate-json-error.ts'));

/** A JSON policy editor: live parse error at line and column, and a size meter. */
export function PolicyField({
  name,
  maxLength,
  softLimit,
  warning,
  warningFor,
  label,
}: PolicyFieldProps) {
  const { control } = useFormContext();
  const value: unknown = useWatch({ control, name });
  const text = typeof value === 'string' ? value : '';
  const length = codePointLength(text);
  const locate = jsonErrors.useLoaded()?.locateJsonError;
  const jsonError = text.trim() === '' || !locate ? undefined : locate(text);
  const over = length > maxLength;
  return (
    <div className="policy-field">
      <WatchedTextField
        name={name}
        label={label ?? 'Session policy (JSON)'}
        rows={6}
        className="input--code"
        placeholder={'{\n  "Version": "2012-10-17",\n  "Statement": [ … ]\n}'}
        warning={warning}
        warningFor={warningFor}
        hint={
          <>
            <meter
              min={0}
              max={maxLength}
              low={maxLength * 0.8}
              high={maxLength}
              optimum={0}
              value={Math.min(length, maxLength)}
              aria-label="Policy size"
            />{' '}
            <span className={over ? 'field__error' : undefined}>
              {formatCount(length)} / {formatCount(maxLength)} characters
              {over && softLimit ? ' — over the documented limit' : ''}
            </span>
            {jsonError ? (
              <span className="policy-field__json-error" role="status">
                {' '}
                · Not valid JSON: {jsonError.message}
              </span>
            ) : text.trim() !== '' ? (
              <span> · Valid JSON</span>
            ) : null}
          </>
        }
      />
    </div>
  );
}
