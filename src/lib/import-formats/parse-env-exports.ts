import { err, type Result } from '../result.ts';
import { readFishWord } from './fish-word.ts';
import { checkImportSize, finishImport, type ImportedCredentials } from './imported-credentials.ts';
import { readPosixWord } from './posix-word.ts';
import { readPowerShellString } from './powershell-string.ts';
import { lineEnd, skipBlanks, type ShellWord } from './shell-word.ts';

type Dialect = 'bash' | 'fish' | 'powershell' | 'cmd';

interface Assignment {
  name: string;
  word: ShellWord;
  dialect: Dialect;
}

const SOURCE: Record<Dialect, string> = {
  bash: 'bash/zsh exports',
  fish: 'fish exports',
  powershell: 'PowerShell variables',
  cmd: 'Windows cmd variables',
};

/** Variables an import reads, upper case; AWS_SECURITY_TOKEN and AWS_SESSION_EXPIRATION are legacy aliases. */
const WANTED = new Set([
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_SECURITY_TOKEN',
  'AWS_CREDENTIAL_EXPIRATION',
  'AWS_SESSION_EXPIRATION',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
]);

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const PS_ASSIGN = new RegExp(`^\\$env:(${NAME})[ \\t]*=[ \\t]*`, 'i');
const CMD_QUOTED = new RegExp(`^set[ \\t]+"(${NAME})=`, 'i');
const CMD_PLAIN = new RegExp(`^set[ \\t]+(${NAME})=`, 'i');
const POSIX_ASSIGN = new RegExp(`^(${NAME})=`);
const BARE_NAME = new RegExp(`^${NAME}([ \\t\\n;]|$)`);
const STATEMENT_END = new Set(['\n', ';', '&', '|']);

/** Reads AWS_* variables from bash/zsh, fish, PowerShell or cmd exports (and .env files). */
export function parseEnvExports(input: string): Result<ImportedCredentials> {
  const sized = checkImportSize(input);
  if (!sized.ok) return sized;
  const text = input.replace(/\r\n?/g, '\n');
  const found = new Map<string, Assignment>();
  let pos = 0;
  while (pos < text.length) {
    pos = skipSeparators(text, pos);
    if (pos >= text.length) break;
    const { assignments, end } = readStatement(text, pos);
    for (const a of assignments) {
      const name = a.name.toUpperCase();
      if (!WANTED.has(name)) continue;
      if (a.word.problem !== undefined) return err(`${name} ${a.word.problem}.`);
      found.set(name, a);
    }
    pos = Math.max(end, pos + 1);
  }
  const value = (name: string): string | undefined => {
    const v = found.get(name)?.word.value;
    return v === '' ? undefined : v;
  };
  const key = found.get('AWS_ACCESS_KEY_ID');
  if (key === undefined) return err('No AWS_ACCESS_KEY_ID assignment found.');
  return finishImport(
    {
      accessKeyId: value('AWS_ACCESS_KEY_ID'),
      secretAccessKey: value('AWS_SECRET_ACCESS_KEY'),
      sessionToken: value('AWS_SESSION_TOKEN') ?? value('AWS_SECURITY_TOKEN'),
      expiration: value('AWS_CREDENTIAL_EXPIRATION') ?? value('AWS_SESSION_EXPIRATION'),
      region: value('AWS_REGION') ?? value('AWS_DEFAULT_REGION'),
    },
    SOURCE[key.dialect],
  );
}

function skipSeparators(text: string, pos: number): number {
  let i = pos;
  for (;;) {
    i = skipBlanks(text, i);
    const c = text[i];
    if (c === '\n' || c === ';') i++;
    else if (c === '#') i = lineEnd(text, i);
    else return i;
  }
}

function readStatement(text: string, pos: number): { assignments: Assignment[]; end: number } {
  const head = text.slice(pos, pos + 300);
  const ps = PS_ASSIGN.exec(head);
  if (ps !== null) {
    const word = readPowerShellString(text, pos + ps[0].length);
    return { assignments: [{ name: ps[1] ?? '', word, dialect: 'powershell' }], end: word.end };
  }
  const quoted = CMD_QUOTED.exec(head);
  if (quoted !== null) return readCmdSet(text, pos + quoted[0].length, quoted[1] ?? '', true);
  const plain = CMD_PLAIN.exec(head);
  if (plain !== null) return readCmdSet(text, pos + plain[0].length, plain[1] ?? '', false);
  if (/^set[ \t]/.test(head)) return readFishSet(text, pos + 4);
  const keyword = /^(export|declare|typeset|readonly)[ \t]/.exec(head);
  if (keyword !== null) return readPosixArgs(text, pos + keyword[0].length);
  if (/^setenv[ \t]/.test(head)) return readCshSetenv(text, pos + 7);
  if (POSIX_ASSIGN.test(head)) return readPosixArgs(text, pos);
  return { assignments: [], end: lineEnd(text, pos) };
}

/** export/declare arguments, or leading NAME=value words. */
function readPosixArgs(text: string, start: number): { assignments: Assignment[]; end: number } {
  const assignments: Assignment[] = [];
  let pos = start;
  for (;;) {
    pos = skipBlanks(text, pos);
    const c = text[pos];
    if (c === undefined || STATEMENT_END.has(c) || c === '#') return { assignments, end: pos };
    const head = text.slice(pos, pos + 300);
    const assign = POSIX_ASSIGN.exec(head);
    if (assign !== null) {
      const word = readPosixWord(text, pos + assign[0].length);
      assignments.push({ name: assign[1] ?? '', word, dialect: 'bash' });
      if (word.problem !== undefined) return { assignments, end: word.end };
      pos = word.end;
    } else if (c === '-' || BARE_NAME.test(head)) {
      pos = readPosixWord(text, pos).end;
    } else {
      // A command after prefix assignments, or something else: the rest of the line is not ours.
      return { assignments, end: lineEnd(text, pos) };
    }
  }
}

function readCshSetenv(text: string, start: number): { assignments: Assignment[]; end: number } {
  const name = readPosixWord(text, skipBlanks(text, start));
  const word = readPosixWord(text, skipBlanks(text, name.end));
  return { assignments: [{ name: name.value, word, dialect: 'bash' }], end: word.end };
}

/** fish: set [options] NAME VALUE…; erase/query/show forms assign nothing. */
function readFishSet(text: string, start: number): { assignments: Assignment[]; end: number } {
  const words: ShellWord[] = [];
  let pos = start;
  for (;;) {
    pos = skipBlanks(text, pos);
    const c = text[pos];
    if (c === undefined || STATEMENT_END.has(c) || c === '#') break;
    const word = readFishWord(text, pos);
    if (word.end === pos) {
      // A redirection or other operator: not an assignment we can read.
      return { assignments: [], end: lineEnd(text, pos) };
    }
    words.push(word);
    if (word.problem !== undefined) {
      pos = word.end;
      break;
    }
    pos = word.end;
  }
  let i = 0;
  let ignored = false;
  while (i < words.length && (words[i]?.value.startsWith('-') ?? false)) {
    const option = words[i]?.value ?? '';
    if (/^(--(erase|query|names|show)|-[a-zA-Z]*[eqnS][a-zA-Z]*)$/.test(option)) ignored = true;
    i++;
  }
  const nameWord = words[i];
  if (ignored || nameWord === undefined || nameWord.problem !== undefined)
    return { assignments: [], end: pos };
  const values = words.slice(i + 1);
  const problem = values.find((w) => w.problem !== undefined)?.problem;
  const word: ShellWord = {
    value: values.map((w) => w.value).join(' '),
    end: pos,
    ...(problem === undefined ? {} : { problem }),
  };
  return { assignments: [{ name: nameWord.value, word, dialect: 'fish' }], end: pos };
}

/** cmd: set "NAME=value" (up to the last quote on the line) or set NAME=value (to the end of the line, ^ escapes). */
function readCmdSet(
  text: string,
  valueStart: number,
  name: string,
  quoted: boolean,
): { assignments: Assignment[]; end: number } {
  const end = lineEnd(text, valueStart);
  const line = text.slice(valueStart, end);
  let value: string;
  if (quoted) {
    const close = line.lastIndexOf('"');
    value = close < 0 ? line : line.slice(0, close);
  } else {
    value = line.replace(/[ \t]+$/, '').replace(/\^(.)/g, '$1');
  }
  const word: ShellWord = /%[^%\s]+%/.test(value)
    ? { value: '', end, problem: 'uses %VAR% expansion, which the console cannot evaluate' }
    : { value, end };
  return { assignments: [{ name, word, dialect: 'cmd' }], end };
}
