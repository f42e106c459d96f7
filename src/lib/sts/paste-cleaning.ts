/** A pasted value with what was around it removed, and the note the field shows about it. */
export interface CleanedPaste {
  value: string;
  note: string;
}

/**
 * Members whose values cannot start or end with whitespace or quotes: ARNs (arn:…), the members
 * whose model pattern has no space or quote ([\w+=,.@-]* and the like), and IDs, codes and tokens
 * that have no pattern in the model but no such character in their format. By the form path with
 * list indexes written as N. Tags, policies and audiences are left as pasted.
 */
const CLEANED_MEMBERS = new Set([
  'RoleArn',
  'PrincipalArn',
  'PolicyArns.N.arn',
  'ProvidedContexts.N.ProviderArn',
  'TaskPolicyArn.arn',
  'RoleSessionName',
  'ExternalId',
  'SerialNumber',
  'TokenCode',
  'SourceIdentity',
  'Name',
  'AccessKeyId',
  'TargetPrincipal',
  'ProviderId',
  'EncodedMessage',
  'TradeInToken',
  'WebIdentityToken',
]);

const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['“', '”'],
  ['‘', '’'],
];

function unquote(text: string): string | undefined {
  const pair = QUOTE_PAIRS.find(
    ([open, close]) => text.length >= 2 && text.startsWith(open) && text.endsWith(close),
  );
  return pair ? text.slice(1, -1) : undefined;
}

/** Any whitespace, including the non-breaking and zero-width kinds copied from web pages. */
const EDGE_SPACE = /^[\s\u200B\u2060\uFEFF]+|[\s\u200B\u2060\uFEFF]+$/gu;

function removedParts(spaces: boolean, quotes: boolean, bearer: boolean): string {
  const parts = [
    bearer ? 'the leading “Bearer ”' : '',
    quotes ? 'the quotes' : '',
    spaces ? 'the spaces and line breaks' : '',
  ].filter(Boolean);
  return parts.length === 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/**
 * Pure: what a paste into `path` becomes once the whitespace and quotes around it are removed
 * (and, for a web identity token, a leading "Bearer "), with a short note; undefined when there
 * is nothing to remove or the member keeps what it is given.
 */
export function cleanPastedValue(path: string, text: string): CleanedPaste | undefined {
  const generic = path.replace(/\.\d+(?=\.|$)/g, '.N');
  if (!CLEANED_MEMBERS.has(generic)) return undefined;
  let value = text;
  let spaces = false;
  let quotes = false;
  let bearer = false;
  for (let round = 0; round < 3; round += 1) {
    const trimmed = value.replace(EDGE_SPACE, '');
    spaces ||= trimmed !== value;
    value = trimmed;
    const inner = unquote(value);
    if (inner !== undefined) {
      quotes = true;
      value = inner;
      continue;
    }
    const withoutBearer = generic === 'WebIdentityToken' ? value.replace(/^Bearer\s+/i, '') : value;
    if (withoutBearer === value) break;
    bearer = true;
    value = withoutBearer;
  }
  if (value === text || value === '') return undefined;
  return {
    value,
    note: `Removed ${removedParts(spaces, quotes, bearer)} around the pasted value.`,
  };
}
