import * as path from 'path';
import { bundle, createConfig, isAbsoluteUrl, type NormalizedProblem } from '@redocly/openapi-core';
import { isObject, pathToPointer, pointerToPath, safeDecode, valueAt, type JsonPath } from './json';
import { InputError, type InputErrorLocation } from './input-error';
import { BundleResolver } from './bundle-resolver';
import { surveyBundle } from './bundle-survey';
import { HoistedPaths } from './hoisted-paths';
import { checkServerUrls } from './input-limits';
import { ReaderResolver } from './reader-resolver';
import { checkRefs } from './ref-problems';
import { DISK, DiskFiles, rangeIn, SourceFiles, type FileReader } from './source-files';
import { locate } from './source-map';

export interface Bundle {
  /** The spec in one document: external files inlined or hoisted into `components`, as `redocly bundle` does. */
  document: unknown;
  /** The root and the files it references, parsed with positions, for mapping findings back. */
  sources: SourceFiles;
  /** Maps a path of `document` to a path of the tree, for locate(). */
  hoisted: HoistedPaths;
  /** Every local file the spec reaches through `$ref`s, the root included. */
  files: string[];
  /** False when `document` holds a value JSON cannot carry (YAML's `.nan` or `.inf`, a `!!binary`). */
  jsonSafe: boolean;
}

/**
 * Bundles a multi-file spec with Redocly's openapi-core (cycle-safe; the tool that made
 * shared/capi-openapi/bundled.yaml). Its shape (shared schemas hoisted into `components`) is
 * the one stock Spectral handles: with cyclic schemas inlined under `paths`, Spectral's
 * oas3-valid-media-example crashes ("Converting circular structure to JSON").
 */
export async function bundleSpec(root: string, reader: FileReader = DISK): Promise<Bundle> {
  const file = path.resolve(root);
  const sources = new SourceFiles(reader);
  const rootData = sources.get(file).parsed.data;
  checkOpenApi3(file, rootData, rangeOf(sources, file, ['openapi']));
  const resolver = reader === DISK || reader instanceof DiskFiles ? new BundleResolver(reader) : new ReaderResolver(reader);
  await checkRefs(resolver, file);
  if (resolver.refused) throw resolver.refused;
  const result = await bundle({ ref: file, config: await createConfig({}), dereference: false, externalRefResolver: resolver }).catch((error) => {
    throw resolver.refused ?? error;
  });
  if (resolver.refused) throw resolver.refused;
  const problem = result.problems.find((candidate) => candidate.severity === 'error');
  if (problem) throw asInputError(problem, sources);
  const document = result.bundle.parsed;
  const { referrers, cycle, jsonSafe } = surveyBundle(document);
  const hoisted = new HoistedPaths(document, rootData, referrers);
  checkServerUrls(document, (at) => locate(sources, file, hoisted.treePath(at)).file);
  if (cycle) throw selfContaining(cycle, sources, hoisted, file);
  const files = [...result.fileDependencies].filter((dependency) => !isAbsoluteUrl(dependency));
  return { document, sources, hoisted, files, jsonSafe };
}

/**
 * A `$ref` to an object that contains it (`$ref: 'openapi.yaml#/components'` from inside a
 * component) makes Redocly's bundle contain itself, which neither Spectral nor JSON can take:
 * that is named as an input error. `cycle` is the path of the repeat in the bundle.
 */
function selfContaining(cycle: JsonPath, sources: SourceFiles, hoisted: HoistedPaths, root: string): InputError {
  // Located through its parent: locate() would follow the `$ref` itself to its target.
  const at = hoisted.treePath(cycle);
  const parent = locate(sources, root, at.slice(0, -1));
  const data = sources.get(parent.file).parsed.data;
  let inFile = [...parent.path, ...at.slice(-1)];
  // The `$ref` is at the place of the repeat or (when the bundler inlined a copy) above it.
  while (inFile.length > 0 && !isRef(valueAt(data, inFile))) inFile = inFile.slice(0, -1);
  const node = valueAt(data, inFile);
  const ref = isRef(node) ? `$ref "${node.$ref}"` : 'a $ref';
  return new InputError(`${parent.file}: ${ref} at #${pathToPointer(inFile)} includes the object that contains it, so the bundled spec would contain itself; point it at a part of that object instead`);
}

function isRef(node: unknown): node is { $ref: string } {
  return isObject(node) && typeof node.$ref === 'string';
}

function checkOpenApi3(file: string, data: unknown, location?: InputErrorLocation): void {
  const version = isObject(data) ? data.openapi : undefined;
  if (typeof version !== 'string' || !/^3\.\d/.test(version)) {
    const found = version === undefined ? (isObject(data) && 'swagger' in data ? 'a Swagger 2 document' : 'no "openapi" field') : `openapi: ${JSON.stringify(version)}`;
    throw new InputError(`${file}: not an OpenAPI 3.x document (${found})`, location);
  }
}

/** One line naming the file and the `$ref` at fault; malformed YAML/JSON as SourceFiles reports it. */
function asInputError(problem: NormalizedProblem, sources: SourceFiles): InputError {
  const location = problem.location[0];
  const file = location?.source.absoluteRef ?? '';
  // A problem without a local file (none given, or a remote URL) has no line to point at.
  if (file === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return new InputError(`${file || 'spec'}: ${problem.message}`);
  sources.get(file); // throws the InputError for a malformed file
  const at = pointerToPath((location?.pointer ?? '#').replace(/^#/, ''));
  const ref = refAt(sources, file, at);
  if (!ref) return new InputError(`${file}: ${problem.message}`, rangeOf(sources, file, at));
  const [target] = ref.split('#', 1);
  const targetFile = path.resolve(path.dirname(file), safeDecode(target, decodeURI));
  const found = / ENOENT/.test(problem.message)
    ? `a missing file: ${targetFile}`
    : / EISDIR/.test(problem.message)
      ? `a folder, not a file: ${targetFile}`
      : / ENOTFILE/.test(problem.message)
        ? `a pipe or a device, not a file: ${targetFile}`
        : 'nothing';
  return new InputError(`${file}: $ref "${ref}" points to ${found}`, rangeOf(sources, file, [...at, '$ref']));
}

function refAt(sources: SourceFiles, file: string, at: JsonPath): string | undefined {
  const node = valueAt(sources.get(file).parsed.data, at);
  return isObject(node) && typeof node.$ref === 'string' ? node.$ref : undefined;
}

function rangeOf(sources: SourceFiles, file: string, at: JsonPath): InputErrorLocation | undefined {
  const range = rangeIn(sources.get(file), at);
  return range && { file, range };
}
