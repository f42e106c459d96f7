import { useRecentValues, type RecentValues } from '../../state/recent-values.ts';
import { WatchedTextField, type TextFieldProps, type WarningFor } from './text-field.tsx';

export interface RecentTextFieldProps extends Omit<TextFieldProps, 'suggestions'> {
  /** Which recent values to suggest. */
  recent: 'roleArns' | 'sessionNames';
  /** A warning worked out from the whole form's values (see WatchedTextField). */
  warningFor?: WarningFor | undefined;
}

/**
 * A text field suggesting recent values (role ARNs, session names). It alone re-renders when a
 * call adds one, not the form around it.
 */
export function RecentTextField({ recent, warningFor, ...props }: RecentTextFieldProps) {
  const values: RecentValues = useRecentValues();
  return <WatchedTextField {...props} suggestions={values[recent]} warningFor={warningFor} />;
}
