import { createContext } from 'react';

/** The state of the form's call, given to the actions without re-rendering the fields. */
export interface CallState {
  pending: boolean;
  onCancel?: (() => void) | undefined;
}

export const CallStateContext = createContext<CallState>({ pending: false });
