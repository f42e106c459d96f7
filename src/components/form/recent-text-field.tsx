import { useRecentValues, type RecentValues } from '../../state/recent-values.ts';
import { TextField, type TextFieldProps } from './text-field.tsx';

export interface RecentTextFieldProps extends Omit<TextFieldProps, 'suggestions'> {
  /** Which recent values to suggest. */
  recent: 'roleArns' | 'sessionNames';
}

/**
 * A text field suggesting recent values (role ARNs, session names). It alone re-renders when a
 * call adds one, not the form around it.
 */
export function RecentTextField({ recent, ...props }: RecentTextFieldProps) {
  const values: RecentValues = useRecentValues();
  return <TextField {...props} suggestions={values[recent]} />;
}
