import * as fs from 'fs';
import * as path from 'path';
import * as Parsers from '@stoplight/spectral-parsers';
import { InputError } from './input-error';
import { DiagnosticSeverity } from './severity';

type Parser = typeof Parsers.Yaml | typeof Parsers.Json;

/** One file of a multi-file spec, parsed with Spectral's own parsers so positions match Spectral's. */
export interface SourceFile {
  file: string;
  parser: Parser;
  parsed: ReturnType<Parser['parse']>;
}

/** Reads and parses each file of a spec once; malformed YAML/JSON is an InputError naming file and line. */
export class SourceFiles {
  private readonly files = new Map<string, SourceFile>();

  get(file: string): SourceFile {
    const absolute = path.resolve(file);
    let source = this.files.get(absolute);
    if (!source) {
      source = parseFile(absolute, read(absolute));
      this.files.set(absolute, source);
    }
    return source;
  }
}

/** A file's text; a missing or unreadable file is an InputError naming it. */
export function read(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error: any) {
    if (error.code === 'ENOENT') throw new InputError(`${file}: no such file`);
    if (error.code === 'EISDIR') throw new InputError(`${file}: is a folder, not a file`);
    throw new InputError(`${file}: cannot read it (${error.code ?? error.message})`);
  }
}

function parseFile(file: string, text: string): SourceFile {
  const parser = /\.json$/i.test(file) ? Parsers.Json : Parsers.Yaml;
  const parsed = parser.parse(text);
  const error = parsed.diagnostics.find((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error);
  if (error) {
    const { line, character } = error.range.start;
    throw new InputError(`${file}:${line + 1}:${character + 1}: malformed ${parser === Parsers.Json ? 'JSON' : 'YAML'}: ${error.message}`);
  }
  return { file, parser, parsed };
}
