import { Component, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** When this changes (e.g. the route), a failed subtree gets a fresh start. */
  resetKey: string;
  /** What failed, for the message: "this page". */
  what: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | undefined;
  resetKey: string;
}

/**
 * Keeps a bug in one part of the console from blanking the whole page: the part is replaced by
 * a message with a way to try again. Forms keep their drafts in memory, so nothing typed is lost.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    return props.resetKey === state.resetKey
      ? null
      : { error: undefined, resetKey: props.resetKey };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    return (
      <div className="callout callout--error" role="alert">
        <p>
          Something in {this.props.what} broke ({error.name}: {error.message}). That is a bug in the
          console, not something you did. What you typed is kept.
        </p>
        <button
          type="button"
          className="button"
          onClick={() => {
            this.setState({ error: undefined });
          }}
        >
          Try again
        </button>
      </div>
    );
  }
}
