import * as path from 'path';
import { bundle, createConfig, isAbsoluteUrl, type NormalizedProblem } from '@redocly/openapi-core';
import { BundleResolver } from './bundle-resolver';
import { InputError } from './input-error';
import { isRef, pointerToPath, safeDecode, valueAt, type JsonPath } from './json';
import { ReaderResolver } from './reader-resolver';
import { checkRefs } from './ref-problems';
import { DISK, DiskFiles, rangeOf, type FileReader, type SourceFiles } from './source-files';

/**
 * The bundle of the spec at `file` made by Redocly's own bundler, reading every file again (with
 * its YAML reader): for the specs lib/tree-bundler.ts leaves to it. A `$ref` Redocly cannot
 * follow is an InputError naming the file, the `$ref` and what it points to.
 */
export async function bundleWithRedocly(file: string, sources: SourceFiles, reader: FileReader): Promise<{ document: unknown; files: string[] }> {
  const resolver = reader === DISK || reader instanceof DiskFiles ? new BundleResolver(reader) : new ReaderResolver(reader);
  await checkRefs(async (spec, isRoot) => {
    try {
      const document = await resolver.resolveDocument(null, spec, isRoot);
      return 'parsed' in document ? document.parsed : undefined;
    } catch {
      return undefined; // Missing or malformed: the bundler reports it, with its place.
    }
  }, file);
  if (resolver.refused) throw resolver.refused;
  const result = await bundle({ ref: file, config: await createConfig({}), dereference: false, externalRefResolver: resolver }).catch((error) => {
    throw resolver.refused ?? error;
  });
  if (resolver.refused) throw resolver.refused;
  const problem = result.problems.find((candidate) => candidate.severity === 'error');
  if (problem) throw asInputError(problem, sources);
  const files = [...result.fileDependencies].filter((dependency) => !isAbsoluteUrl(dependency));
  return { document: result.bundle.parsed, files };
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
  return isRef(node) ? node.$ref : undefined;
}
