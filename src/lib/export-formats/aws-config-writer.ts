import { err, ok, type Result } from '../result.ts';
import type { AwsConfigProfile } from '../import-formats/aws-config.ts';
import { findUnsafeCharacter } from './unsafe-characters.ts';
import {
  configProfile,
  renderConfig,
  type ConfigProfile,
  type ConfigSetting,
} from './config-file.ts';

/** Checks a profile name for ~/.aws/config (spaces allowed inside: the header is quoted then). */
export function checkConfigProfileName(name: string): Result<string> {
  const fits =
    name.length >= 1 &&
    name.length <= 64 &&
    name.trim() === name &&
    !/[[\]"']/.test(name) &&
    findUnsafeCharacter(name, false) === undefined;
  if (!fits) {
    return err(
      `The profile name "${name.slice(0, 40)}" cannot be written: 1 to 64 characters, no brackets, quotes, control characters or edge spaces.`,
    );
  }
  return ok(name);
}

const SETTINGS: readonly [keyof AwsConfigProfile, string, string][] = [
  ['roleArn', 'role_arn', 'the role ARN'],
  ['sourceProfile', 'source_profile', 'the source profile'],
  ['credentialSource', 'credential_source', 'the credential source'],
  ['mfaSerial', 'mfa_serial', 'the MFA serial'],
  ['externalId', 'external_id', 'the external ID'],
  ['durationSeconds', 'duration_seconds', 'the duration'],
  ['roleSessionName', 'role_session_name', 'the session name'],
  ['webIdentityTokenFile', 'web_identity_token_file', 'the token file'],
  ['stsRegionalEndpoints', 'sts_regional_endpoints', 'the endpoint setting'],
];

/** One profile's lines: its role settings, region and endpoint (a services section for a custom one). */
export function toConfigProfile(
  profile: AwsConfigProfile,
  extra: readonly ConfigSetting[] = [],
): Result<ConfigProfile> {
  const name = checkConfigProfileName(profile.name);
  if (!name.ok) return name;
  const settings: ConfigSetting[] = [...extra];
  for (const [field, key, label] of SETTINGS) {
    const value = profile[field];
    if (typeof value === 'string' || typeof value === 'number') {
      settings.push({ key, label: `${label} of ${profile.name}`, value: String(value) });
    }
  }
  return configProfile(name.value, settings, {
    region: profile.region,
    endpointUrl: profile.endpointUrl,
  });
}

/**
 * ~/.aws/config text for profiles, in order; the first profile that cannot be written wins.
 * @internal The parser's tests write with it and read back through awscli; the app exports
 * through profiles-pair.ts.
 */
export function writeAwsConfig(profiles: readonly AwsConfigProfile[]): Result<string> {
  const written: ConfigProfile[] = [];
  for (const profile of profiles) {
    const one = toConfigProfile(profile);
    if (!one.ok) return one;
    written.push(one.value);
  }
  return ok(renderConfig(written));
}
