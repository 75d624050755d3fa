import * as fs from 'fs';
import { InputError } from '../lib/input-error';
import { isObject, type JsonPath } from '../lib/json';
import { rangeIn, SourceFiles } from '../lib/source-files';
import type { Identity } from './baseline-identity';

export const DEFAULT_BASELINE = '.capi-lint-baseline.yaml';
const VERSION_KEY = 'capi-lint-baseline';
const VERSION = 1;

const HEADER = `# capi-lint baseline: findings that were already there when it was written. capi-lint
# reports only findings this file does not hold; re-write it with \`capi-lint SPEC --write-baseline\`.
# Grouped by file (relative to this file), rule and JSON pointer inside the file; line numbers are
# not kept, so edits elsewhere keep an entry. A message listed twice stands for two findings.
`;

/** The identities a baseline file holds, one per finding (an entry listed twice is there twice). */
export function readBaseline(file: string): Identity[] {
  const source = new SourceFiles().get(file);
  const data = source.parsed.data;
  const fail = (at: JsonPath, problem: string): never => {
    const range = rangeIn(source, at);
    const where = range ? `:${range.start.line + 1}:${range.start.character + 1}` : '';
    throw new InputError(`${file}${where}: not a capi-lint baseline: ${problem}`);
  };
  if (!isObject(data) || data[VERSION_KEY] !== VERSION) fail([], `expected "${VERSION_KEY}: ${VERSION}" at the top`);
  const files = (data as Record<string, unknown>).files ?? {};
  if (!isObject(files)) fail(['files'], '"files" must map each file to its rules');
  const identities: Identity[] = [];
  for (const [name, rules] of Object.entries(files as Record<string, unknown>)) {
    if (!isObject(rules)) fail(['files', name], `"${name}" must map each rule to its JSON pointers`);
    for (const [rule, pointers] of Object.entries(rules as Record<string, unknown>)) {
      if (!isObject(pointers)) fail(['files', name, rule], `"${rule}" must map each JSON pointer to its messages`);
      for (const [pointer, messages] of Object.entries(pointers as Record<string, unknown>)) {
        const at = ['files', name, rule, pointer];
        if (pointer !== '' && !pointer.startsWith('/')) fail(at, `"${pointer}" is not a JSON pointer (it starts with "/")`);
        if (!Array.isArray(messages) || messages.some((message) => typeof message !== 'string')) {
          fail(at, `"${pointer}" must hold a list of messages`);
        }
        for (const message of messages as string[]) identities.push({ file: name, rule, pointer, message });
      }
    }
  }
  return identities;
}

/** Writes the identities sorted by file, rule, pointer and message. */
export function writeBaseline(file: string, identities: Identity[]): void {
  const tree = new Map<string, Map<string, Map<string, string[]>>>();
  for (const { file: name, rule, pointer, message } of [...identities].sort(byFields)) {
    const rules = tree.get(name) ?? tree.set(name, new Map()).get(name)!;
    const pointers = rules.get(rule) ?? rules.set(rule, new Map()).get(rule)!;
    (pointers.get(pointer) ?? pointers.set(pointer, []).get(pointer)!).push(message);
  }
  const lines = [HEADER.trimEnd(), `${VERSION_KEY}: ${VERSION}`, tree.size === 0 ? 'files: {}' : 'files:'];
  for (const [name, rules] of tree) {
    lines.push(`  ${yamlKey(name)}:`);
    for (const [rule, pointers] of rules) {
      lines.push(`    ${yamlKey(rule)}:`);
      for (const [pointer, messages] of pointers) {
        lines.push(`      ${yamlKey(pointer)}:`, ...messages.map((message) => `        - ${yamlString(message)}`));
      }
    }
  }
  try {
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
  } catch (error: any) {
    throw new InputError(`cannot write ${file} (${error?.code ?? error?.message})`);
  }
}

function byFields(a: Identity, b: Identity): number {
  return compare(a.file, b.file) || compare(a.rule, b.rule) || compare(a.pointer, b.pointer) || compare(a.message, b.message);
}

/** Locale-independent, so that the file is the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Plain when YAML reads it back as the same string, else single-quoted. */
function yamlKey(text: string): string {
  const plain = /^[A-Za-z_/][\w./~{}%@+$-]*$/.test(text) && !/^(true|false|yes|no|on|off|null|y|n)$/i.test(text);
  return plain ? text : yamlString(text);
}

function yamlString(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(text)) return JSON.stringify(text);
  return `'${text.replace(/'/g, "''")}'`;
}
