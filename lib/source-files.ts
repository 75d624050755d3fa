import * as fs from 'fs';
import * as path from 'path';
import * as Parsers from '@stoplight/spectral-parsers';
import { parseWithPointers as parseJsonWithPointers } from '@stoplight/json';
import { lineForPosition, parseWithPointers as parseYamlWithPointers } from '@stoplight/yaml';
import type { IRange } from '@stoplight/types';
import type { JsonPath } from './json';
import { jsonRange } from './json-ranges';
import { InputError, type InputErrorLocation } from './input-error';
import { DiagnosticSeverity } from './severity';
import { checkAliases } from './yaml-aliases';
import { YamlSyntax } from './yaml-syntax';

type Parser = typeof Parsers.Yaml | typeof Parsers.Json;

/** One file of a multi-file spec, parsed with Spectral's own parsers so positions match Spectral's. */
export interface SourceFile {
  file: string;
  /** The text that was parsed. */
  text: string;
  parser: Parser;
  /** `ast` is let go where `syntax` places every path. */
  parsed: ReturnType<Parser['parse']>;
  /** A YAML file's syntax tree (lib/yaml-syntax.ts). */
  syntax?: YamlSyntax;
}

/**
 * Where the files of a spec come from. capi-lint reads them from disk; a language server reads
 * unsaved buffers first and keeps parsed files between lints.
 */
export interface FileReader {
  /** The file's current text; throws Node's fs error (with its `code`) when it cannot be read. */
  read(file: string): string;
  /** `parse()`, or what it returned before for the same kind of parse, file and text. */
  parsed<T>(kind: string, file: string, text: string, parse: () => T): T;
}

export const DISK: FileReader = {
  read: (file) => {
    regularFileStat(file);
    return fs.readFileSync(file, 'utf8');
  },
  parsed: (_kind, _file, _text, parse) => parse(),
};

/**
 * The disk for one run that reads a file more than once: each file read once, and each parse of
 * it kept (a report that carries fixes builds them from the lint's own parses, cli/fix-output.ts).
 * The bundler's own parses are not kept: it rewrites them (lib/bundle.ts).
 */
export class DiskFiles implements FileReader {
  private readonly texts = new Map<string, string>();
  private readonly kept = new Map<string, unknown>();

  read(file: string): string {
    let text = this.texts.get(file);
    if (text === undefined) this.texts.set(file, (text = DISK.read(file)));
    return text;
  }

  parsed<T>(kind: string, file: string, text: string, parse: () => T): T {
    if (this.texts.get(file) !== text) return parse();
    const key = `${kind}\0${file}`;
    if (!this.kept.has(key)) this.kept.set(key, parse());
    return this.kept.get(key) as T;
  }
}

/**
 * `file`'s stat, when it is a regular file; else Node's error for a folder (EISDIR) and ENOTFILE
 * for a pipe, socket or device, which a spec cannot be: reading one may never end (a pipe with no
 * writer, /dev/zero) or finds it empty the second time (/dev/stdin).
 */
export function regularFileStat(file: string): fs.Stats {
  const stat = fs.statSync(file);
  if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${file}'`), { code: 'EISDIR' });
  if (!stat.isFile()) throw Object.assign(new Error(`ENOTFILE: not a regular file (a pipe or a device), open '${file}'`), { code: 'ENOTFILE' });
  return stat;
}

/** Reads and parses each file of a spec once; malformed YAML/JSON is an InputError naming file and line. */
export class SourceFiles {
  private readonly files = new Map<string, SourceFile>();

  constructor(private readonly reader: FileReader = DISK) {}

  get(file: string): SourceFile {
    let source = this.files.get(file);
    if (source) return source;
    const absolute = path.resolve(file);
    source = this.files.get(absolute);
    if (!source) {
      source = parseSource(absolute, read(absolute, this.reader), this.reader);
      this.files.set(absolute, source);
    }
    return source;
  }
}

/**
 * `file`'s parse as a lint makes it, kept by `reader` for the same text (a fix's check of its
 * file is then the parse the next lint uses). Malformed YAML/JSON is an InputError naming file and line.
 */
export function parseSource(file: string, text: string, reader: Pick<FileReader, 'parsed'> = DISK): SourceFile {
  return reader.parsed('spectral', file, text, () => parseFile(file, text));
}

/** A file's text; a missing or unreadable file is an InputError naming it. */
export function read(file: string, reader: FileReader = DISK): string {
  try {
    return reader.read(file);
  } catch (error: any) {
    if (error.code === 'ENOENT') throw new InputError(`${file}: no such file`);
    if (error.code === 'EISDIR') throw new InputError(`${file}: is a folder, not a file`);
    if (error.code === 'ENOTFILE') throw new InputError(`${file}: is a pipe or a device, not a file`);
    throw new InputError(`${file}: cannot read it (${error.code ?? error.message})`);
  }
}

function parseFile(file: string, text: string): SourceFile {
  const parser = /\.json$/i.test(file) ? Parsers.Json : Parsers.Yaml;
  if (parser === Parsers.Yaml) checkAliases(file, text);
  let parsed: SourceFile['parsed'];
  try {
    parsed = parser === Parsers.Yaml ? parseYamlWithPointers(withoutBinaryTags(text), YAML_OPTIONS) : parseJson(text);
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(`${file}: nested too deeply to parse (the parser ran out of stack: ${error.message})`);
    throw error;
  }
  const error = parsed.diagnostics.find((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error);
  if (error) {
    const { line, character } = error.range.start;
    const message = `${file}:${line + 1}:${character + 1}: malformed ${parser === Parsers.Json ? 'JSON' : 'YAML'}: ${error.message}`;
    throw new InputError(message, { file, range: error.range });
  }
  if (parser === Parsers.Json) return { file, text, parser, parsed };
  const syntax = new YamlSyntax(parsed.ast);
  if (syntax.placesPaths) parsed.ast = undefined as never;
  else slimSyntaxTree(parsed.ast);
  return { file, text, parser, parsed, syntax };
}

/**
 * Spectral's parses (Parsers.Yaml and Parsers.Json, the same tree and positions) with plain objects
 * for data, whose keys are in JavaScript's order (numbers first) rather than as written: Spectral's
 * ordered objects are proxies, slow to make and to read, and nothing reads this data in written
 * order (the lint's document is the bundle, lib/plain-data.ts).
 */
const YAML_OPTIONS = { ignoreDuplicateKeys: false, mergeKeys: true, preserveKeyOrder: false, attachComments: false };

const NO_ERRORS: never[] = Object.freeze([]) as never[];

/**
 * A syntax tree kept as objects for the whole lint (to place findings and fixes): each node's empty
 * `errors` list becomes one shared list, and each scalar's `rawValue` (a copy of its text that
 * nothing here reads) is let go, a fifth of the tree's memory.
 */
function slimSyntaxTree(root: unknown): void {
  const pending = [root];
  for (let node = pending.pop() as any; node !== undefined; node = pending.pop() as any) {
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node.errors) && node.errors.length === 0) node.errors = NO_ERRORS;
    if (node.rawValue !== undefined) node.rawValue = undefined;
    if (node.key) pending.push(node.key);
    if (node.value && typeof node.value === 'object') pending.push(node.value);
    if (node.mappings) for (const mapping of node.mappings) pending.push(mapping);
    if (node.items) for (const item of node.items) pending.push(item);
  }
}

function parseJson(text: string): SourceFile['parsed'] {
  return parseJsonWithPointers(text, { ignoreDuplicateKeys: false, preserveKeyOrder: false }) as SourceFile['parsed'];
}

/**
 * `text` with each `!!binary` tag blanked out (same length, so every position stays): Spectral's
 * YAML parser throws on any `!!binary` value ("data.replace is not a function"). This parse only
 * places findings; the bundler reads the value as binary.
 */
function withoutBinaryTags(text: string): string {
  return text.includes('!!binary') ? text.replace(/(^|[\s:,[{-])!!binary(?=[\s,\]}]|$)/g, (_, before: string) => `${before}        `) : text;
}

/**
 * Where `at` is written in `source`, as Spectral's parsers place it: in JSON the closest existing
 * node; in YAML the node at `at`, undefined where there is none (Spectral's YAML parser does not
 * pass on getLocationForJsonPath's `closest`).
 */
export function rangeIn(source: SourceFile, at: JsonPath): IRange | undefined {
  if (source.parser === Parsers.Json) return jsonRange(source.parsed.ast as any, at);
  if (!source.syntax?.placesPaths) return source.parser.getLocationForJsonPath(source.parsed as any, at)?.range;
  const lineMap = source.parsed.lineMap as number[];
  const place = source.syntax.place(at, lineMap.length > 0 ? lineMap[0] : 0);
  return place && { start: positionIn(lineMap, place.start), end: positionIn(lineMap, place.end) };
}

/** An offset's line and character, as @stoplight/yaml's getLocationForJsonPath counts them. */
function positionIn(lineMap: number[], offset: number): IRange['start'] {
  const line = lineForPosition(offset, lineMap);
  return { line, character: offset - (line === 0 ? 0 : lineMap[line - 1]) };
}

/** Where `at` is written in `file` of `sources`, for an InputError. */
export function rangeOf(sources: SourceFiles, file: string, at: JsonPath): InputErrorLocation | undefined {
  const range = rangeIn(sources.get(file), at);
  return range && { file, range };
}
