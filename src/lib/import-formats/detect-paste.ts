import { decodeAccessKeyId } from '../decoders/access-key-id.ts';
import { findEncodedAuthorizationMessage } from '../decoders/authorization-message.ts';
import { decodeJwt } from '../decoders/jwt.ts';
import type { Result } from '../result.ts';
import { decodeSamlResponse, type DecodedSamlResponse } from '../decoders/saml.ts';
import { normalizeSamlInput } from '../decoders/saml-input.ts';
import type { DOMParserLike } from '../decoders/saml-xml.ts';
import { looksLikeAwsConfig, parseAwsConfig, type AwsConfig } from './aws-config.ts';
import type { ImportedCredentials } from './imported-credentials.ts';
import { parseEnvExports } from './parse-env-exports.ts';
import { parseIniProfile } from './parse-ini-profile.ts';
import { parseKeyPair } from './parse-key-pair.ts';
import { parseStsJson } from './parse-sts-json.ts';

/** What a paste was recognised as, with the decoded payload. */
export type DetectedPaste =
  | { kind: 'jwt'; token: string }
  | { kind: 'saml'; samlResponse: string; decoded: Result<DecodedSamlResponse> }
  | { kind: 'authorization-message'; encoded: string }
  | { kind: 'credentials'; credentials: ImportedCredentials }
  | { kind: 'access-key-id'; id: string }
  | { kind: 'aws-config'; config: AwsConfig; keys: ProfileKeys[] }
  | { kind: 'unknown'; lookedFor: string[]; problem?: string };

/** Keys found in a profile of a pasted config, with the profile's name. */
export interface ProfileKeys {
  profile: string;
  credentials: ImportedCredentials;
}

/** Pastes above this are not examined (the largest thing recognised, a SAMLResponse, is 100,000 base64 characters). */
export const PASTE_MAX_LENGTH = 200_000;

/** In words, everything detectPaste tries, in order. */
export const LOOKED_FOR: readonly string[] = [
  'an AccessDenied error text with "Encoded authorization failure message:"',
  'a JSON Web Token (three base64url parts separated by dots)',
  'aws sts … --output json output or credential_process JSON',
  'a SAMLResponse (XML, base64, or SAMLResponse=… form value)',
  'exported variables with AWS_ACCESS_KEY_ID (bash, zsh, fish, PowerShell, Windows cmd, .env)',
  'a ~/.aws/config with [profile …] sections (role_arn, source_profile…)',
  'a ~/.aws/credentials profile ([name] with aws_access_key_id)',
  'an access key ID and secret access key',
  'an access key ID alone (AKIA…, ASIA…)',
  'an encoded authorization message alone',
];

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const BASE64ISH = /^[A-Za-z0-9+/=_\-\s]+$/;

/** Recognises a paste and routes it: token, SAMLResponse, authorization message, credentials or key ID. */
export function detectPaste(text: string, opts?: { parser?: DOMParserLike }): DetectedPaste {
  if (text.length > PASTE_MAX_LENGTH) {
    return unknown(
      `The paste has ${text.length.toLocaleString('en-US')} characters, more than anything recognised here.`,
    );
  }
  const trimmed = text.trim();
  if (trimmed === '') return unknown('The paste is empty.');
  const problems: string[] = [];
  if (/encoded authorization failure message:/i.test(trimmed)) {
    const found = findEncodedAuthorizationMessage(trimmed);
    if (found.ok) return { kind: 'authorization-message', encoded: found.value };
    problems.push(found.error);
  }
  if (JWT_SHAPE.test(trimmed)) {
    const jwt = decodeJwt(trimmed);
    if (jwt.ok) return { kind: 'jwt', token: trimmed };
    problems.push(jwt.error);
  }
  if (trimmed.startsWith('{')) {
    const json = parseStsJson(trimmed);
    if (json.ok) return { kind: 'credentials', credentials: json.value };
    problems.push(json.error);
  }
  const samlLike =
    (trimmed.startsWith('<') && /saml|Response/i.test(trimmed)) ||
    /(^|[?&\s])SAMLResponse=/.test(trimmed);
  if (samlLike) return saml(trimmed, opts?.parser);
  const config = looksLikeAwsConfig(trimmed) ? tryAwsConfig(trimmed, problems) : undefined;
  if (config !== undefined) return config;
  const credentials = tryCredentials(trimmed, problems);
  if (credentials !== undefined) return { kind: 'credentials', credentials };
  if (/^A[A-Z]{3}[A-Z0-9]{12,124}$/.test(trimmed) && decodeAccessKeyId(trimmed).ok) {
    return { kind: 'access-key-id', id: trimmed };
  }
  if (BASE64ISH.test(trimmed) && trimmed.length >= 64) {
    // Base64 that decodes to XML is a SAMLResponse; anything else this long is likely an encoded message.
    if (normalizeSamlInput(trimmed).ok) return saml(trimmed, opts?.parser);
    const message = findEncodedAuthorizationMessage(trimmed);
    if (message.ok && !/\s/.test(trimmed))
      return { kind: 'authorization-message', encoded: message.value };
  }
  return unknown(problems[0]);
}

function tryCredentials(text: string, problems: string[]): ImportedCredentials | undefined {
  const attempts: (() => Result<ImportedCredentials>)[] = [];
  if (/AWS_ACCESS_KEY_ID/i.test(text)) attempts.push(() => parseEnvExports(text));
  if (/aws_access_key_id/i.test(text) && /^\s*\[/m.test(text))
    attempts.push(() => parseIniProfile(text));
  if (/^(A[KS]IA|access key id)/i.test(text)) attempts.push(() => parseKeyPair(text));
  for (const attempt of attempts) {
    const result = attempt();
    if (result.ok) return result.value;
    problems.push(result.error);
  }
  return undefined;
}

/** A config with roles (or with nothing but settings) is profiles; one with keys only is credentials. */
function tryAwsConfig(text: string, problems: string[]): DetectedPaste | undefined {
  const parsed = parseAwsConfig(text);
  if (!parsed.ok) {
    problems.push(parsed.error);
    return undefined;
  }
  const { profiles } = parsed.value;
  const withKeys = profiles.filter((p) => p.hasKeys);
  if (withKeys.length > 0 && profiles.every((p) => p.roleArn === undefined)) return undefined;
  const keys: ProfileKeys[] = [];
  for (const profile of withKeys) {
    const found = parseIniProfile(text, profile.name);
    if (!found.ok) {
      problems.push(found.error);
      return undefined;
    }
    keys.push({ profile: profile.name, credentials: found.value });
  }
  return { kind: 'aws-config', config: parsed.value, keys };
}

function saml(text: string, parser: DOMParserLike | undefined): DetectedPaste {
  return { kind: 'saml', samlResponse: text, decoded: decodeSamlResponse(text, parser) };
}

function unknown(problem: string | undefined): DetectedPaste {
  return problem === undefined
    ? { kind: 'unknown', lookedFor: [...LOOKED_FOR] }
    : { kind: 'unknown', lookedFor: [...LOOKED_FOR], problem };
}
