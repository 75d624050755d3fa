import { oncePer } from './cache';
import { isObject, JsonObject, JsonPath } from './json';

export interface Located {
  node: JsonObject;
  path: JsonPath;
}

/**
 * Every object in the document once, with the first path it was reached by (the resolved
 * document shares objects between `$ref` sites and may be cyclic). Cached per document.
 */
export function objectsOf(root: unknown): Located[] {
  return isObject(root) ? collectOnce(root) : [];
}

const collectOnce = oncePer(collect);

function collect(root: JsonObject): Located[] {
  const seen = new Set<unknown>();
  const found: Located[] = [];
  const stack: { value: unknown; path: JsonPath }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (isObject(value)) found.push({ node: value, path });
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i][1], path: [...path, entries[i][0]] });
  }
  return found;
}
