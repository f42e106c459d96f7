import { err, ok, type Result } from '../result.ts';
import { checkImportSize } from './imported-credentials.ts';
import { readIniSections, type IniSection } from './ini-sections.ts';

/** A ~/.aws/config profile as far as the console can use it: non-secret settings only. */
export interface AwsConfigProfile {
  name: string;
  roleArn?: string;
  sourceProfile?: string;
  mfaSerial?: string;
  externalId?: string;
  durationSeconds?: number;
  roleSessionName?: string;
  region?: string;
  /** A file the browser cannot read: kept as a hint (paste the token instead). */
  webIdentityTokenFile?: string;
  /** Environment, Ec2InstanceMetadata or EcsContainer: credentials the browser cannot reach. */
  credentialSource?: string;
  stsRegionalEndpoints?: string;
  /** The STS endpoint: the profile's endpoint_url, or `sts` → endpoint_url of its services section. */
  endpointUrl?: string;
  /** The profile carries aws_access_key_id (read by the credentials importer, never kept here). */
  hasKeys: boolean;
  /** In words, what the console cannot act on in this profile, and why. */
  notes: string[];
}

/** A whole ~/.aws/config: its profiles and what was recognised but cannot be used here. */
export interface AwsConfig {
  profiles: AwsConfigProfile[];
  /** Notes about sections that are not profiles ([sso-session], unknown headers). */
  notes: string[];
}

const SSO_NOTE =
  'IAM Identity Center (SSO) sign-in needs its OIDC device flow and portal APIs, which a web page cannot call: run `aws sso login` in a terminal and paste the exported credentials instead.';

/** True when the text looks like ~/.aws/config (a [default], [profile …] or [sso-session …] header). */
export function looksLikeAwsConfig(text: string): boolean {
  return /^\s*\[\s*(default|profile\s[^\]]+|sso-session\s[^\]]+)\s*\]/m.test(text);
}

/** Parses ~/.aws/config text as the AWS CLI reads it, keeping the non-secret settings of each profile. */
export function parseAwsConfig(text: string): Result<AwsConfig> {
  const sized = checkImportSize(text);
  if (!sized.ok) return sized;
  const sections = readIniSections(text);
  const services = new Map<string, string>();
  for (const section of sections) {
    const name = sectionName(section.header, 'services');
    const sts = name === undefined ? undefined : section.nested.get('sts')?.get('endpoint_url');
    if (name !== undefined && sts !== undefined && sts !== '') services.set(name, sts);
  }
  const profiles = new Map<string, AwsConfigProfile>();
  const notes: string[] = [];
  for (const section of sections) {
    const header = section.header;
    const name = header === 'default' ? 'default' : sectionName(header, 'profile');
    if (name !== undefined) {
      profiles.set(name, toProfile(name, section, services));
      continue;
    }
    const sso = sectionName(header, 'sso-session');
    if (sso !== undefined) {
      notes.push(`[sso-session ${sso}]: ${SSO_NOTE}`);
      continue;
    }
    if (sectionName(header, 'services') !== undefined) continue;
    notes.push(unknownHeaderNote(section));
  }
  if (profiles.size === 0) {
    return err(
      notes.length > 0
        ? `No profile to use in this config. ${notes.join(' ')}`
        : 'No [default] or [profile …] section found.',
    );
  }
  return ok({ profiles: [...profiles.values()], notes });
}

/** The name in `[prefix name]` or `[prefix "name with spaces"]` (prefix in lower case, as botocore wants). */
function sectionName(header: string, prefix: string): string | undefined {
  const match = new RegExp(`^${prefix}\\s+(.+)$`).exec(header);
  if (match === null) return undefined;
  const rest = (match[1] ?? '').trim();
  const quoted = /^(["'])(.*)\1$/.exec(rest);
  return quoted === null ? rest : (quoted[2] ?? '');
}

function unknownHeaderNote(section: IniSection): string {
  if (/^profile\s/i.test(section.header)) {
    return `[${section.header}] (line ${section.line}): the AWS CLI reads only a lower-case "profile" prefix; this section was skipped.`;
  }
  return `[${section.header}] (line ${section.line}) is not a profile: in ~/.aws/config, write [profile ${section.header}] (only the credentials file uses bare names).`;
}

function toProfile(
  name: string,
  section: IniSection,
  services: ReadonlyMap<string, string>,
): AwsConfigProfile {
  const v = section.values;
  const get = (key: string): string | undefined => {
    const value = v.get(key);
    return value === undefined || value === '' ? undefined : value;
  };
  const notes: string[] = [];
  const profile: AwsConfigProfile = {
    name,
    hasKeys: get('aws_access_key_id') !== undefined,
    notes,
  };
  const fields = {
    roleArn: 'role_arn',
    sourceProfile: 'source_profile',
    mfaSerial: 'mfa_serial',
    externalId: 'external_id',
    roleSessionName: 'role_session_name',
    region: 'region',
    webIdentityTokenFile: 'web_identity_token_file',
    credentialSource: 'credential_source',
    stsRegionalEndpoints: 'sts_regional_endpoints',
  } as const;
  for (const [field, key] of Object.entries(fields) as [keyof typeof fields, string][]) {
    const value = get(key);
    if (value !== undefined) profile[field] = value;
  }
  const duration = get('duration_seconds');
  if (duration !== undefined) {
    if (/^\d{1,6}$/.test(duration)) profile.durationSeconds = Number(duration);
    else
      notes.push(`duration_seconds "${duration.slice(0, 20)}" is not a whole number of seconds.`);
  }
  const serviceName = get('services');
  const endpoint =
    (serviceName === undefined ? undefined : services.get(serviceName)) ?? get('endpoint_url');
  if (endpoint !== undefined) profile.endpointUrl = endpoint;
  if (
    serviceName !== undefined &&
    !services.has(serviceName) &&
    get('endpoint_url') === undefined
  ) {
    notes.push(
      `services = ${serviceName} names no [services ${serviceName}] section with sts endpoint_url.`,
    );
  }
  if (profile.webIdentityTokenFile !== undefined) {
    notes.push(
      `web_identity_token_file (${profile.webIdentityTokenFile}): a page cannot read files; paste the token into AssumeRoleWithWebIdentity.`,
    );
  }
  if (profile.credentialSource !== undefined) {
    notes.push(
      `credential_source = ${profile.credentialSource}: a page cannot reach instance, container or environment credentials; pick a source set from the wallet instead.`,
    );
  }
  if (get('sso_session') !== undefined || get('sso_start_url') !== undefined) notes.push(SSO_NOTE);
  if (get('credential_process') !== undefined) {
    notes.push('credential_process: a page cannot run commands; paste its JSON output instead.');
  }
  if (/^\S+\s/.test(name) && !/^["']/.test(section.header.slice('profile'.length).trim())) {
    notes.push(`The AWS CLI ignores a name with spaces unless it is quoted: [profile "${name}"].`);
  }
  return profile;
}
