import * as path from 'path';
import { isObject, pathToPointer, safeDecode, type JsonPath } from './json';
import type { SourceFiles } from './source-files';

const URL = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The first `$ref` of the tree (root file and every local file it reaches) that no bundler can
 * follow, as one line naming its file, where it is and what is wrong with it: a malformed `%`
 * escape, a pointer through `null` or a scalar, or a chain of `$ref`s that ends where it started.
 * Used to explain a bundler that failed; undefined when every `$ref` looks followable.
 */
export function firstBrokenRef(sources: SourceFiles, root: string): string | undefined {
  const queue = [path.resolve(root)];
  const walked = new Set(queue);
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const { ref, at } of refsIn(sources.get(file).parsed.data)) {
      const where = `${file}: $ref "${shorten(ref)}" at #${pathToPointer(at)}`;
      const problem = problemOf(sources, file, ref);
      if (problem) return `${where} ${problem}`;
      const target = targetFile(file, ref);
      if (target !== undefined && !walked.has(target) && exists(sources, target)) {
        walked.add(target);
        queue.push(target);
      }
    }
  }
  return undefined;
}

function problemOf(sources: SourceFiles, file: string, ref: string): string | undefined {
  const seen: string[] = [];
  let current = { file, ref };
  for (;;) {
    const fragment = current.ref.includes('#') ? current.ref.slice(current.ref.indexOf('#') + 1) : '';
    const tokens = fragment === '' || fragment === '/' ? [] : fragment.split('/').slice(1);
    const malformed = tokens.find((token) => !isDecodable(token));
    if (malformed !== undefined) return `has a malformed %-escape in "${shorten(malformed)}"`;
    const targetPath = targetFile(current.file, current.ref) ?? current.file;
    if (URL.test(targetPath) || !exists(sources, targetPath)) return undefined;
    const key = `${targetPath}#${fragment}`;
    if (seen.includes(key)) return seen.length === 1 ? 'points to itself' : `is a cycle of ${seen.length} $refs that only point at each other`;
    seen.push(key);
    let node: unknown = sources.get(targetPath).parsed.data;
    for (const [index, token] of tokens.entries()) {
      const name = safeDecode(token).replace(/~1/g, '/').replace(/~0/g, '~');
      if (!isObject(node) && !Array.isArray(node)) return `points through #/${tokens.slice(0, index).join('/')}, which is ${node === null ? 'null' : `a ${typeof node}`}, not an object`;
      if (!Object.prototype.hasOwnProperty.call(node, name)) return undefined;
      node = (node as Record<string, unknown>)[name];
    }
    if (!isObject(node) || typeof node.$ref !== 'string') return undefined;
    current = { file: targetPath, ref: node.$ref };
  }
}

function isDecodable(token: string): boolean {
  try {
    decodeURIComponent(token);
    return true;
  } catch {
    return false;
  }
}

/** The local file a `$ref` names, or undefined for a `$ref` inside its own file. */
function targetFile(file: string, ref: string): string | undefined {
  const target = ref.split('#', 1)[0];
  if (target === '') return undefined;
  return URL.test(target) ? target : path.resolve(path.dirname(file), safeDecode(target, decodeURI));
}

function exists(sources: SourceFiles, file: string): boolean {
  try {
    sources.get(file);
    return true;
  } catch {
    return false;
  }
}

/** Every `$ref` string of a parsed file with its path, without recursion (any depth). */
function* refsIn(data: unknown): Generator<{ ref: string; at: JsonPath }> {
  const stack: { value: unknown; at: JsonPath }[] = [{ value: data, at: [] }];
  while (stack.length > 0) {
    const { value, at } = stack.pop()!;
    if (Array.isArray(value)) value.forEach((item, index) => stack.push({ value: item, at: [...at, index] }));
    else if (isObject(value)) {
      if (typeof value.$ref === 'string') yield { ref: value.$ref, at };
      for (const [key, child] of Object.entries(value)) if (typeof child === 'object' && child !== null) stack.push({ value: child, at: [...at, key] });
    }
  }
}

function shorten(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
