import {
  ownObject,
  ownString,
  parseJsonObject,
  ownField,
  type JsonObject,
} from '../decoders/json-object.ts';
import { err, type Result } from '../result.ts';
import { checkImportSize, finishImport, type ImportedCredentials } from './imported-credentials.ts';

/** Reads `aws sts … --output json` output, credential_process JSON, or a bare {AccessKeyId, …} object. */
export function parseStsJson(input: string): Result<ImportedCredentials> {
  const sized = checkImportSize(input);
  if (!sized.ok) return sized;
  const parsed = parseJsonObject(input.trim());
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  const credentials = ownObject(doc, 'Credentials');
  if (credentials !== undefined) {
    return finishImport(
      {
        ...credentialFields(credentials),
        region: ownString(doc, 'Region'),
        identityArn: identityArnOf(doc),
      },
      `${operationOf(doc)} output`,
    );
  }
  if (ownField(doc, 'AccessKeyId') === undefined && ownField(doc, 'AccessKeyID') === undefined) {
    return err('This JSON has no Credentials and no AccessKeyId.');
  }
  const version = ownField(doc, 'Version');
  if (version !== undefined && version !== 1) {
    return err(`credential_process JSON has "Version": 1; this has ${JSON.stringify(version)}.`);
  }
  return finishImport(
    { ...credentialFields(doc), region: ownString(doc, 'Region') },
    version === 1 ? 'credential_process JSON' : 'credentials JSON',
  );
}

function credentialFields(obj: JsonObject): {
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
  sessionToken?: string | undefined;
  expiration?: string | undefined;
} {
  return {
    accessKeyId: ownString(obj, 'AccessKeyId') ?? ownString(obj, 'AccessKeyID'),
    secretAccessKey: ownString(obj, 'SecretAccessKey'),
    // Container and instance credential endpoints call the session token "Token".
    sessionToken: ownString(obj, 'SessionToken') ?? ownString(obj, 'Token'),
    expiration: ownString(obj, 'Expiration'),
  };
}

function identityArnOf(doc: JsonObject): string | undefined {
  return (
    ownString(ownObject(doc, 'AssumedRoleUser') ?? {}, 'Arn') ??
    ownString(ownObject(doc, 'FederatedUser') ?? {}, 'Arn') ??
    ownString(doc, 'AssumedPrincipal')
  );
}

function operationOf(doc: JsonObject): string {
  const has = (key: string): boolean => ownField(doc, key) !== undefined;
  if (has('SubjectFromWebIdentityToken')) return 'AssumeRoleWithWebIdentity';
  if (has('SubjectType') || has('NameQualifier')) return 'AssumeRoleWithSAML';
  if (has('AssumedRoleUser')) return 'AssumeRole';
  if (has('FederatedUser')) return 'GetFederationToken';
  if (has('AssumedPrincipal')) return 'GetDelegatedAccessToken';
  return 'STS';
}
