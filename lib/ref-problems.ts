import { InputError } from './input-error';
import { MAX_KEY_LENGTH, tooLong } from './input-limits';
import { isObject, isRef, pathToPointer, safeDecode, type JsonObject, type JsonPath } from './json';
import { relativeFile } from './relative-file';
import { pathOf, type Frame } from './walk';

const URL = /^[a-z][a-z0-9+.-]*:\/\//i;

/** A file's parsed data by absolute path; undefined for a file missing, malformed or not read. */
type Documents = (file: string) => unknown;

/**
 * Throws an InputError for the first `$ref` of the tree (the root and every local file it
 * reaches) that Redocly's bundler cannot follow and would fail on with a JavaScript error (some
 * of them unhandled): a malformed `%` escape, a pointer through `null` or a scalar, or a chain of
 * `$ref`s that comes back to where it started; and a key past MAX_KEY_LENGTH. Reads the files through `load` (the
 * bundler's own reading, which keeps them for the bundle, so nothing is parsed twice; undefined for
 * a file missing or malformed), then checks them all without waiting on anything.
 */
export async function checkRefs(load: (file: string, isRoot: boolean) => unknown, root: string): Promise<void> {
  const parsed = new Map<string, unknown>();
  const refs = new Map<string, RefIn[]>();
  const queue = [root];
  const walked = new Set(queue);
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const data = await load(file, file === root);
    parsed.set(file, data);
    refs.set(file, [...refsIn(data)]);
    for (const { node } of refs.get(file)!) {
      const target = typeof node.$ref === 'string' ? targetFile(file, node.$ref) : undefined;
      if (target !== undefined && !URL.test(target) && !walked.has(target)) {
        walked.add(target);
        queue.push(target);
      }
    }
  }
  const documents: Documents = (file) => parsed.get(file);
  for (const [file, found] of refs) {
    for (const { node, at, longKey } of found) {
      if (longKey !== undefined) throw tooLong('key', longKey, `${file}: at #${pathToPointer(at())}`, MAX_KEY_LENGTH);
      // Spectral's oas3-schema throws on some of these (`type: { $ref: 42 }`) instead of reporting them.
      if (typeof node.$ref !== 'string') throw new InputError(`${file}: $ref at #${pathToPointer(at())} is ${JSON.stringify(node.$ref)}, not a string naming a file and/or pointer`);
      const problem = problemOf(documents, file, node);
      if (problem) throw new InputError(`${file}: $ref "${shorten(node.$ref)}" at #${pathToPointer(at())} ${problem}`);
    }
  }
}

/** Follows a `$ref` as bundlers do, including one met half-way along a pointer; undefined when it ends well or out of sight. */
function problemOf(documents: Documents, file: string, start: JsonObject): string | undefined {
  const followed = new Set<object>([start]);
  let current = { file, ref: start.$ref as string };
  for (;;) {
    const fragment = current.ref.includes('#') ? current.ref.slice(current.ref.indexOf('#') + 1) : '';
    const tokens = fragment === '' || fragment === '/' ? [] : fragment.split('/').slice(1);
    const malformed = tokens.find((token) => !isDecodable(token));
    if (malformed !== undefined) return `has a malformed %-escape in "${shorten(malformed)}"`;
    const targetPath = targetFile(current.file, current.ref) ?? current.file;
    if (URL.test(targetPath)) return undefined;
    let node = documents(targetPath);
    if (node === undefined) return undefined;
    let next: string | undefined;
    for (const [index, token] of tokens.entries()) {
      if (isRef(node)) {
        if (followed.has(node)) return cycle(node === start, followed.size);
        followed.add(node);
        next = `${node.$ref}${node.$ref.includes('#') ? '' : '#'}/${tokens.slice(index).join('/')}`;
        break;
      }
      if (!isObject(node) && !Array.isArray(node)) return `points through #/${tokens.slice(0, index).join('/')}, which is ${node === null ? 'null' : `a ${typeof node}`}, not an object`;
      const name = safeDecode(token).replace(/~1/g, '/').replace(/~0/g, '~');
      if (!Object.prototype.hasOwnProperty.call(node, name)) return undefined;
      node = (node as Record<string, unknown>)[name];
    }
    if (next === undefined) {
      if (!isRef(node)) return undefined;
      if (followed.has(node)) return cycle(node === start, followed.size);
      followed.add(node);
      next = node.$ref;
    }
    current = { file: targetPath, ref: next };
  }
}

/** Reported at each `$ref` of the cycle itself; one that only leads into it is left alone (undefined). */
function cycle(backToStart: boolean, length: number): string | undefined {
  if (!backToStart) return undefined;
  return length === 1 ? 'points to itself (or inside itself)' : `is a cycle of ${length} $refs that only point at each other`;
}

function isDecodable(token: string): boolean {
  try {
    decodeURIComponent(token);
    return true;
  } catch {
    return false;
  }
}

/** The file a `$ref` names (resolved against `file`), or undefined for a `$ref` inside its own file. */
function targetFile(file: string, ref: string): string | undefined {
  const target = ref.split('#', 1)[0];
  if (target === '') return undefined;
  if (URL.test(target)) return target;
  return relativeFile(file, safeDecode(target, decodeURI));
}

interface RefIn {
  node: JsonObject;
  at: () => JsonPath;
  longKey?: string;
}

/**
 * Every `$ref` object of a parsed file (with a string, or with a scalar or list that should have
 * been one), and every key longer than MAX_KEY_LENGTH, without
 * recursion (any depth); the path is built only when asked.
 */
function* refsIn(data: unknown): Generator<RefIn> {
  const stack: Frame[] = [{ value: data }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value } = frame;
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) if (typeof value[index] === 'object' && value[index] !== null) stack.push({ value: value[index], parent: frame, key: index });
    } else if (isObject(value)) {
      // An object under "$ref" is a property named "$ref" (in `properties`), not a reference.
      if (typeof value.$ref === 'string' || ('$ref' in value && (typeof value.$ref !== 'object' || value.$ref === null || Array.isArray(value.$ref)))) {
        yield { node: value, at: () => pathOf(frame) };
      }
      const keys = Object.keys(value);
      for (let index = keys.length - 1; index >= 0; index--) {
        if (keys[index].length > MAX_KEY_LENGTH) yield { node: value, at: () => pathOf(frame), longKey: keys[index] };
        const child = value[keys[index]];
        if (typeof child === 'object' && child !== null) stack.push({ value: child, parent: frame, key: keys[index] });
      }
    }
  }
}


function shorten(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
