import { useRecentValues, type RecentValues } from '../../state/recent-values.ts';
import {
  TextField,
  WatchedTextField,
  type TextFieldProps,
  type WarningFor,
} from './text-field.tsx';

export interface RecentTextFieldProps extends Omit<TextFieldProps, 'suggestions'> {
  /** Which recent values to suggest. */
  recent: 'roleArns' | 'sessionNames';
  /** A warning worked out from the whole form's values (see WatchedTextField). */
  warningFor?: WarningFor | undefined;
}

const noWarning: WarningFor = () => undefined;

/**
 * A text field suggesting recent values (role ARNs, session names). It alone re-renders when a
 * call adds one, not the form around it.
 */
export function RecentTextField({ recent, warningFor, ...props }: RecentTextFieldProps) {
  const values: RecentValues = useRecentValues();
  // A different component when the warning watches the whole form: only then does it re-render
  // on every change elsewhere in the form.
  const Input = warningFor ? WatchedTextField : TextField;
  return <Input {...props} suggestions={values[recent]} warningFor={warningFor ?? noWarning} />;
}
