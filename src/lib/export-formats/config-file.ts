import { ok, type Result } from '../result.ts';
import type { AwsCredentials, ExportContext } from '../wallet/aws-credentials.ts';
import { checkCredentials } from './export-common.ts';
import { classifyEndpoint } from './export-endpoint.ts';
import { checkIniValue, checkProfileName, toCredentialsFileProfile } from './credentials-file.ts';

/** A ~/.aws/config profile as lines: its own settings, then the sections it refers to. */
export interface ConfigProfile {
  /** `[profile x]` (or `[default]`) and its `key = value` lines. */
  profile: string[];
  /** `[services x]` and its nested lines, written after the profile. */
  sections: string[];
}

/** A setting of a config profile, with words for error messages. */
export interface ConfigSetting {
  key: string;
  label: string;
  value: string;
}

/** The header of a config profile: `[default]`, `[profile name]`, or quoted when the name has spaces. */
export function configHeader(name: string): string {
  if (name === 'default') return '[default]';
  return /\s/.test(name) ? `[profile "${name}"]` : `[profile ${name}]`;
}

/** A services-section name for a profile: its name with anything but A-Z a-z 0-9 _ . + @ - as "-". */
export function servicesName(profileName: string): string {
  return profileName.replace(/[^A-Za-z0-9_.+@-]/g, '-');
}

/**
 * A config profile with `settings` plus the region and endpoint the set came from: the regional
 * legacy setting for the global endpoint, a `services` section with STS's `endpoint_url` for any
 * endpoint the SDKs would not pick themselves.
 */
export function configProfile(
  name: string,
  settings: readonly ConfigSetting[],
  ctx: ExportContext,
): Result<ConfigProfile> {
  const all: ConfigSetting[] = [...settings];
  if (ctx.region !== undefined && ctx.region !== '') {
    all.push({ key: 'region', label: 'the region', value: ctx.region });
  }
  const endpoint = classifyEndpoint(ctx.endpointUrl, ctx.region);
  const sections: string[] = [];
  if (endpoint.kind === 'aws-global') {
    all.push({ key: 'sts_regional_endpoints', label: 'the endpoint setting', value: 'legacy' });
  } else if (endpoint.kind === 'explicit') {
    const url = checkIniValue({
      name: 'endpoint_url',
      label: 'the endpoint URL',
      value: endpoint.url,
    });
    if (!url.ok) return url;
    // The services section is named after the profile.
    const services = servicesName(name);
    all.push({ key: 'services', label: 'the services section', value: services });
    sections.push(`[services ${services}]`, 'sts =', `  endpoint_url = ${url.value}`);
  }
  const profile = [configHeader(name)];
  for (const setting of all) {
    const value = checkIniValue({ name: setting.key, label: setting.label, value: setting.value });
    if (!value.ok) return value;
    profile.push(`${setting.key} = ${value.value}`);
  }
  return ok({ profile, sections });
}

/** Joins profiles into config-file text, a blank line between sections. */
export function renderConfig(profiles: readonly ConfigProfile[]): string {
  const blocks = profiles.flatMap((p) => [
    p.profile,
    ...(p.sections.length > 0 ? [p.sections] : []),
  ]);
  return blocks.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}

/** The ~/.aws/config half of the credentials-file export: region and endpoint, no secrets. */
export function toConfigFileProfile(creds: AwsCredentials, ctx: ExportContext): Result<string> {
  const checked = checkCredentials(creds);
  if (!checked.ok) return checked;
  const name = checkProfileName(ctx.profileName);
  if (!name.ok) return name;
  const profile = configProfile(name.value, [], ctx);
  if (!profile.ok) return profile;
  return ok(renderConfig([profile.value]));
}

/** The credentials-file profile, with a first line naming the config half when the endpoint needs it. */
export function toCredentialsFileWithHint(
  creds: AwsCredentials,
  ctx: ExportContext,
): Result<string> {
  const written = toCredentialsFileProfile(creds, ctx);
  if (!written.ok) return written;
  const endpoint = classifyEndpoint(ctx.endpointUrl, ctx.region);
  if (endpoint.kind !== 'explicit' && endpoint.kind !== 'aws-global') return written;
  const where = endpoint.kind === 'explicit' ? endpoint.url : 'the global endpoint';
  return ok(
    `# This set is from ${where}: add the "config file" export to ~/.aws/config too.\n${written.value}`,
  );
}
