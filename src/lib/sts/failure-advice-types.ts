/** What a person needs to hear about a failure: what happened and what to do next. */
export interface FailureAdvice {
  title: string;
  explanation: string;
  nextStep: string;
}

export interface AdviceContext {
  operation: string;
  endpointUrl: string;
  roleArn?: string | undefined;
  /** The audience of the pasted web identity token, if there is one. */
  tokenAudience?: string | undefined;
  tokenIssuer?: string | undefined;
  /**
   * From diagnoseNetworkFailure: the endpoint answered, but without CORS headers (cors); the page's
   * Content-Security-Policy does not allow it (csp).
   */
  networkCause?: 'unreachable' | 'cors' | 'csp' | undefined;
}
