/** One `[section]` of an INI file as botocore reads it: keys lower case, nested values kept. */
export interface IniSection {
  /** The header's text between the brackets, trimmed. */
  header: string;
  /** 1-based line of the header. */
  line: number;
  /** key (lower case) → value; a nested block (`sts =` then indented lines) is in `nested`. */
  values: Map<string, string>;
  nested: Map<string, Map<string, string>>;
}

/**
 * Reads INI text as the AWS CLI does (configparser): whole-line comments with # or ;, `=` or `:`
 * between key and value, keys case-insensitive, indented lines continuing the previous value (a
 * value that starts on the next line is a nested block, like `sts =` in a services section).
 * Like the JS SDK, " #…" or " ;…" after a value is a comment.
 */
export function readIniSections(text: string): IniSection[] {
  const sections: IniSection[] = [];
  let current: IniSection | undefined;
  let lastKey: string | undefined;
  // configparser: a line continues the value when indented deeper than its key's line.
  let keyIndent = 0;
  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((raw, index) => {
    if (/^\s*[#;]/.test(raw) || raw.trim() === '') return;
    const indent = /^\s*/.exec(raw)?.[0].length ?? 0;
    if (current !== undefined && lastKey !== undefined && indent > keyIndent) {
      appendContinuation(current, lastKey, stripComment(raw).trim());
      return;
    }
    const line = raw.trim();
    const header = /^\[(.*)\]$/.exec(stripComment(line));
    if (header !== null) {
      current = {
        header: (header[1] ?? '').trim(),
        line: index + 1,
        values: new Map(),
        nested: new Map(),
      };
      sections.push(current);
      lastKey = undefined;
      return;
    }
    const sep = line.search(/[=:]/);
    if (current === undefined || sep <= 0) return;
    lastKey = line.slice(0, sep).trim().toLowerCase();
    keyIndent = indent;
    current.values.set(lastKey, stripComment(line.slice(sep + 1)).trim());
    current.nested.delete(lastKey);
  });
  return sections;
}

function stripComment(text: string): string {
  return text.replace(/\s[#;].*$/, '');
}

function appendContinuation(section: IniSection, key: string, text: string): void {
  const value = section.values.get(key) ?? '';
  if (value === '' || section.nested.has(key)) {
    // A nested block: `key =` then indented `name = value` lines.
    const sep = text.search(/[=:]/);
    if (sep <= 0) return;
    const block = section.nested.get(key) ?? new Map<string, string>();
    block.set(text.slice(0, sep).trim().toLowerCase(), text.slice(sep + 1).trim());
    section.nested.set(key, block);
    return;
  }
  section.values.set(key, `${value}\n${text}`);
}
