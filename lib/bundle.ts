import * as path from 'path';
import { bundle, type FileInfo, type JSONParserError } from '@apidevtools/json-schema-ref-parser';
import { isObject } from './json';
import { InputError } from './input-error';
import { SourceFiles } from './source-files';

export interface Bundle {
  /** The spec with every external `$ref` inlined once and the rest turned into local `$ref`s. */
  document: unknown;
  /** Every file the bundle read, parsed with positions, for mapping findings back. */
  sources: SourceFiles;
}

/**
 * Bundles a multi-file spec with @apidevtools/json-schema-ref-parser (cycle-safe). It inlines each
 * external target at one of the places that reference it, so every path in the bundle is also a
 * path of the original tree once external `$ref`s are followed: lib/source-map.ts relies on that.
 */
export async function bundleSpec(root: string, sources = new SourceFiles()): Promise<Bundle> {
  const file = path.resolve(root);
  checkOpenApi3(file, sources.get(file).parsed.data);
  let parseError: InputError | undefined;
  const parser = {
    order: 1,
    canParse: true,
    parse: (info: FileInfo) => {
      try {
        return tolerantRefs(sources.add(fileOf(info.url), String(info.data)).parsed.data);
      } catch (error) {
        parseError = error instanceof InputError ? error : undefined;
        throw error;
      }
    },
  };
  try {
    const document = await bundle(file, {
      parse: { json: false, yaml: false, text: false, binary: false, spec: parser } as any,
      resolve: { http: false } as any,
    });
    return { document, sources };
  } catch (error) {
    throw parseError ?? asInputError(error, sources);
  }
}

function checkOpenApi3(file: string, data: unknown): void {
  const version = isObject(data) ? data.openapi : undefined;
  if (typeof version !== 'string' || !/^3\.\d/.test(version)) {
    const found = version === undefined ? (isObject(data) && 'swagger' in data ? 'a Swagger 2 document' : 'no "openapi" field') : `openapi: ${JSON.stringify(version)}`;
    throw new InputError(`${file}: not an OpenAPI 3.x document (${found})`);
  }
}

function fileOf(url: string): string {
  return url.startsWith('file:') ? new URL(url).pathname : url;
}

/**
 * A copy of parsed data (the bundler rewrites what it is given, and positions come from the
 * untouched original) in which `$ref: 'file.yaml#/'` means the whole file, as Spectral and Redocly
 * read it; the bundler reads `#/` strictly as the key "".
 */
function tolerantRefs(data: unknown, copies = new Map<object, unknown>()): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const known = copies.get(data);
  if (known) return known;
  const copy: any = Array.isArray(data) ? [] : {};
  copies.set(data, copy);
  for (const [key, value] of Object.entries(data)) {
    copy[key] = key === '$ref' && typeof value === 'string' && value.endsWith('#/') ? value.slice(0, -1) : tolerantRefs(value, copies);
  }
  return copy;
}

function asInputError(error: unknown, sources: SourceFiles): Error {
  const problem = error as JSONParserError & { targetRef?: string; targetToken?: string };
  const target = fileOf(problem.source ?? '');
  switch (problem.code) {
    case 'EMISSINGPOINTER':
    case 'EINVALIDPOINTER':
      return new InputError(`${referrer(sources, target, problem.targetRef)}points to nothing: ${target} has no "${problem.targetToken ?? problem.targetRef}"`);
    case 'ERESOLVER':
      return new InputError(
        (problem as any).ioErrorCode === 'ENOENT'
          ? `${referrer(sources, target)}points to a missing file: ${target}`
          : `${referrer(sources, target)}points to a file that cannot be read: ${problem.message}`,
      );
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}

/** '<file>: $ref "<value>" ' for a `$ref` (the bundler does not say which) to the file and pointer. */
function referrer(sources: SourceFiles, target: string, pointer = ''): string {
  for (const { file, parsed } of sources.all()) {
    const ref = findRef(parsed.data, (value) => {
      const [refFile, fragment = ''] = value.split('#', 2);
      const refTarget = refFile ? path.resolve(path.dirname(file), decodeURI(refFile)) : file;
      return refTarget === target && (pointer === '' || `#${fragment}` === pointer);
    });
    if (ref) return `${file}: $ref "${ref}" `;
  }
  return '$ref ';
}

function findRef(node: unknown, matches: (ref: string) => boolean, seen = new Set<unknown>()): string | undefined {
  if (typeof node !== 'object' || node === null || seen.has(node)) return undefined;
  seen.add(node);
  if (isObject(node) && typeof node.$ref === 'string' && matches(node.$ref)) return node.$ref;
  for (const value of Object.values(node)) {
    const found = findRef(value, matches, seen);
    if (found) return found;
  }
  return undefined;
}
