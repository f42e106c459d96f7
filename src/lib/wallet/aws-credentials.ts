/** A credential set as the console holds it in memory. Secrets never leave memory unless the user copies them. */
export interface AwsCredentials {
  /** AKIA… (long-term) or ASIA… (temporary). */
  accessKeyId: string;
  secretAccessKey: string;
  /** Present for temporary credentials. */
  sessionToken?: string | undefined;
  /** Present for temporary credentials. */
  expiration?: Date | undefined;
}

/** Where exported credentials should point: region (and optionally a non-AWS endpoint). */
export interface ExportContext {
  region?: string | undefined;
  /** Profile name for ~/.aws/credentials and config output. */
  profileName?: string | undefined;
  /** The STS endpoint that issued the set (WalletEntry.source.endpointUrl); unknown for imports. */
  endpointUrl?: string | undefined;
}
