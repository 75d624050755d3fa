import * as path from 'path';

const resolved = new Map<string, string>();

/**
 * `path.resolve(path.dirname(base), relative)`: the file a `$ref` names from the file `base`
 * (absolute). Kept, as a spec names the same few files thousands of times and `path.resolve`
 * normalises the whole path each time.
 */
export function relativeFile(base: string, relative: string): string {
  if (!path.isAbsolute(base)) return path.resolve(path.dirname(base), relative);
  const key = `${base}\0${relative}`;
  let file = resolved.get(key);
  if (file === undefined) {
    file = path.resolve(path.dirname(base), relative);
    if (resolved.size >= 100_000) resolved.clear();
    resolved.set(key, file);
  }
  return file;
}
