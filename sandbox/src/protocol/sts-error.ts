/** STS errors as the service sends them: a code, a message, an HTTP status and a fault type. */
export interface StsError {
  code: string;
  message: string;
  status: number;
  type: 'Sender' | 'Receiver';
  /** Only set when STS answers outside its own namespace (InvalidAction uses the AWSFault one). */
  namespace?: string;
}

/** Builds a client-fault (Sender) STS error. */
export function stsError(code: string, message: string, status = 400): StsError {
  return { code, message, status, type: 'Sender' };
}

export const ERR = {
  invalidClientTokenId: (): StsError =>
    stsError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403),
  signatureDoesNotMatch: (): StsError =>
    stsError(
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      403,
    ),
  expiredToken: (): StsError =>
    stsError('ExpiredToken', 'The security token included in the request is expired', 403),
  missingAuthenticationToken: (): StsError =>
    stsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403),
  incompleteSignature: (message: string): StsError => stsError('IncompleteSignature', message, 403),
  invalidAction: (action: string, version: string): StsError => ({
    ...stsError('InvalidAction', `Could not find operation ${action} for version ${version}`, 400),
    namespace: 'http://webservices.amazon.com/AWSFault/2005-15-09',
  }),
  invalidParameter: (message: string): StsError => stsError('InvalidParameterValue', message, 400),
  malformedInput: (message: string): StsError => stsError('MalformedInput', message, 400),
  accessDenied: (message: string): StsError => stsError('AccessDenied', message, 403),
  validation: (message: string): StsError => stsError('ValidationError', message, 400),
  malformedPolicy: (message: string): StsError => stsError('MalformedPolicyDocument', message, 400),
  packedPolicyTooLarge: (message: string): StsError =>
    stsError('PackedPolicyTooLarge', message, 400),
  internalFailure: (): StsError => ({
    code: 'InternalFailure',
    message: 'The request processing has failed because of an unknown error, exception or failure.',
    status: 500,
    type: 'Receiver',
  }),
  serviceUnavailable: (): StsError => ({
    code: 'ServiceUnavailable',
    message: 'Service is unable to handle request.',
    status: 503,
    type: 'Receiver',
  }),
  throttling: (): StsError => stsError('Throttling', 'Rate exceeded', 400),
} as const;
