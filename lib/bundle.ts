import * as path from 'path';
import { bundle, createConfig, type NormalizedProblem } from '@redocly/openapi-core';
import { isObject, pointerToPath, safeDecode, valueAt } from './json';
import { InputError } from './input-error';
import { HoistedPaths } from './hoisted-paths';
import { SourceFiles } from './source-files';

export interface Bundle {
  /** The spec in one document: external files inlined or hoisted into `components`, as `redocly bundle` does. */
  document: unknown;
  /** The root and the files it references, parsed with positions, for mapping findings back. */
  sources: SourceFiles;
  /** Maps a path of `document` to a path of the tree, for locate(). */
  hoisted: HoistedPaths;
}

/**
 * Bundles a multi-file spec with Redocly's openapi-core (cycle-safe; the tool that made
 * shared/capi-openapi/bundled.yaml). Its shape (shared schemas hoisted into `components`) is
 * the one stock Spectral handles: with cyclic schemas inlined under `paths`, Spectral's
 * oas3-valid-media-example crashes ("Converting circular structure to JSON").
 */
export async function bundleSpec(root: string): Promise<Bundle> {
  const file = path.resolve(root);
  const sources = new SourceFiles();
  const rootData = sources.get(file).parsed.data;
  checkOpenApi3(file, rootData);
  const result = await bundle({ ref: file, config: await createConfig({}), dereference: false });
  const problem = result.problems.find((candidate) => candidate.severity === 'error');
  if (problem) throw asInputError(problem, sources);
  const document = result.bundle.parsed;
  return { document, sources, hoisted: new HoistedPaths(document, rootData) };
}

function checkOpenApi3(file: string, data: unknown): void {
  const version = isObject(data) ? data.openapi : undefined;
  if (typeof version !== 'string' || !/^3\.\d/.test(version)) {
    const found = version === undefined ? (isObject(data) && 'swagger' in data ? 'a Swagger 2 document' : 'no "openapi" field') : `openapi: ${JSON.stringify(version)}`;
    throw new InputError(`${file}: not an OpenAPI 3.x document (${found})`);
  }
}

/** One line naming the file and the `$ref` at fault; malformed YAML/JSON as SourceFiles reports it. */
function asInputError(problem: NormalizedProblem, sources: SourceFiles): InputError {
  const location = problem.location[0];
  const file = location?.source.absoluteRef ?? '';
  // A problem without a local file (none given, or a remote URL) has no line to point at.
  if (file === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return new InputError(`${file || 'spec'}: ${problem.message}`);
  sources.get(file); // throws the InputError for a malformed file
  const ref = refAt(sources, file, location?.pointer ?? '#');
  if (!ref) return new InputError(`${file}: ${problem.message}`);
  const [target] = ref.split('#', 1);
  const missing = / ENOENT/.test(problem.message) ? `a missing file: ${path.resolve(path.dirname(file), safeDecode(target, decodeURI))}` : 'nothing';
  return new InputError(`${file}: $ref "${ref}" points to ${missing}`);
}

function refAt(sources: SourceFiles, file: string, pointer: string): string | undefined {
  const node = valueAt(sources.get(file).parsed.data, pointerToPath(pointer.replace(/^#/, '')));
  return isObject(node) && typeof node.$ref === 'string' ? node.$ref : undefined;
}
