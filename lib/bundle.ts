import * as path from 'path';
import { bundle, createConfig, type NormalizedProblem } from '@redocly/openapi-core';
import { isObject, pathToPointer, pointerToPath, safeDecode, valueAt, type JsonPath } from './json';
import { InputError } from './input-error';
import { BundleResolver } from './bundle-resolver';
import { HoistedPaths } from './hoisted-paths';
import { checkServerUrls } from './input-limits';
import { checkRefs } from './ref-problems';
import { SourceFiles } from './source-files';
import { locate } from './source-map';

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
  const resolver = new BundleResolver();
  await checkRefs(resolver, file);
  if (resolver.refused) throw resolver.refused;
  const result = await bundle({ ref: file, config: await createConfig({}), dereference: false, externalRefResolver: resolver }).catch((error) => {
    throw resolver.refused ?? error;
  });
  if (resolver.refused) throw resolver.refused;
  const problem = result.problems.find((candidate) => candidate.severity === 'error');
  if (problem) throw asInputError(problem, sources);
  const document = result.bundle.parsed;
  const hoisted = new HoistedPaths(document, rootData);
  checkServerUrls(document, (at) => locate(sources, file, hoisted.treePath(at)).file);
  return { document, sources, hoisted };
}

/**
 * The bundle as JSON for Spectral. A `$ref` to an object that contains it (`$ref: 'openapi.yaml#/components'`
 * from inside a component) makes Redocly's bundle contain itself; that is named as an input error.
 */
export function bundleJson({ document, sources, hoisted }: Bundle, root: string): string {
  try {
    return JSON.stringify(document);
  } catch (error) {
    if (!(error instanceof TypeError) || !/circular/i.test(error.message)) throw error;
    // Located through its parent: locate() would follow the `$ref` itself to its target.
    const at = hoisted.treePath(pathOfCycle(document) ?? []);
    const parent = locate(sources, root, at.slice(0, -1));
    const data = sources.get(parent.file).parsed.data;
    let inFile = [...parent.path, ...at.slice(-1)];
    // The `$ref` is at the place of the repeat or (when the bundler inlined a copy) above it.
    while (inFile.length > 0 && !isRef(valueAt(data, inFile))) inFile = inFile.slice(0, -1);
    const node = valueAt(data, inFile);
    const ref = isRef(node) ? `$ref "${node.$ref}"` : 'a $ref';
    throw new InputError(`${parent.file}: ${ref} at #${pathToPointer(inFile)} includes the object that contains it, so the bundled spec would contain itself; point it at a part of that object instead`);
  }
}

function isRef(node: unknown): node is { $ref: string } {
  return isObject(node) && typeof node.$ref === 'string';
}

/** The path of the first object (depth-first) that is its own ancestor. */
function pathOfCycle(document: unknown): JsonPath | undefined {
  const ancestors = new Set<unknown>();
  const stack: { value: unknown; at: JsonPath; leave?: boolean }[] = [{ value: document, at: [] }];
  while (stack.length > 0) {
    const { value, at, leave } = stack.pop()!;
    if (leave) {
      ancestors.delete(value);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (ancestors.has(value)) return at;
    ancestors.add(value);
    stack.push({ value, at, leave: true });
    for (const [key, child] of Object.entries(value)) stack.push({ value: child, at: [...at, Array.isArray(value) ? Number(key) : key] });
  }
  return undefined;
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
