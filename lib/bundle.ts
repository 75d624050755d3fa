import * as path from 'path';
import { isObject, isRef, pathToPointer, valueAt, type JsonPath } from './json';
import { InputError, type InputErrorLocation } from './input-error';
import { surveyBundle } from './bundle-survey';
import { HoistedPaths } from './hoisted-paths';
import { checkServerUrls } from './input-limits';
import { plainData } from './plain-data';
import { checkRefs } from './ref-problems';
import { DISK, rangeOf, SourceFiles, type FileReader } from './source-files';
import { locate } from './source-map';
import { bundleTree, Fallback, TreeDocuments, type TreeBundle } from './tree-bundler';

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
  /** Why Redocly's bundler made it instead of lib/tree-bundler.ts; undefined when the tree bundler did. */
  redoclyBecause?: string;
}

/**
 * Bundles a multi-file spec as Redocly's openapi-core does (cycle-safe; the tool that made
 * shared/capi-openapi/bundled.yaml). Its shape (shared schemas hoisted into `components`) is
 * the one stock Spectral handles: with cyclic schemas inlined under `paths`, Spectral's
 * oas3-valid-media-example crashes ("Converting circular structure to JSON"). lib/tree-bundler.ts
 * makes the same bundle from the lint's own parses; Redocly's bundler, reading the files again,
 * makes it when the tree bundler would not make it the same way.
 */
export async function bundleSpec(root: string, reader: FileReader = DISK): Promise<Bundle> {
  const file = path.resolve(root);
  const sources = new SourceFiles(reader);
  const rootData = sources.get(file).parsed.data;
  checkOpenApi3(file, rootData, rangeOf(sources, file, ['openapi']));
  const tree = await bundleFromParses(file, sources);
  const { document, files } = tree instanceof Fallback ? await redoclyBundler().bundleWithRedocly(file, sources, reader) : tree;
  const { referrers, cycle, jsonSafe } = surveyBundle(document);
  const hoisted = new HoistedPaths(document, rootData, referrers);
  checkServerUrls(document, (at) => locate(sources, file, hoisted.treePath(at)).file);
  if (cycle) throw selfContaining(cycle, sources, hoisted, file);
  return { document, sources, hoisted, files, jsonSafe, redoclyBecause: tree instanceof Fallback ? tree.reason : undefined };
}

/** lib/redocly-bundle.ts, loaded only for a spec that needs it: loading Redocly's openapi-core is a tenth of a lint. */
function redoclyBundler(): typeof import('./redocly-bundle') {
  return require('./redocly-bundle');
}

/** The tree bundler over each file's data as the lint parsed it; a Fallback where a file or `$ref` is read otherwise by Redocly. */
export async function bundleFromParses(root: string, sources: SourceFiles): Promise<TreeBundle | Fallback> {
  const documents = new TreeDocuments((file) => {
    let source;
    try {
      source = sources.get(file);
    } catch {
      throw new Fallback(`${file} does not parse`);
    }
    const data = plainData(source);
    if (data === undefined) throw new Fallback(`${file} may read otherwise`);
    return data;
  });
  try {
    await checkRefs((file) => documents.get(file).parsed, root);
  } catch (error) {
    if (error instanceof Fallback) return error;
    throw error;
  }
  return bundleTree(root, documents);
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

function checkOpenApi3(file: string, data: unknown, location?: InputErrorLocation): void {
  const version = isObject(data) ? data.openapi : undefined;
  if (typeof version !== 'string' || !/^3\.\d/.test(version)) {
    const found = version === undefined ? (isObject(data) && 'swagger' in data ? 'a Swagger 2 document' : 'no "openapi" field') : `openapi: ${JSON.stringify(version)}`;
    throw new InputError(`${file}: not an OpenAPI 3.x document (${found})`, location);
  }
}
