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
  const seen = new Set<object>();
  const found: Located[] = [];
  // Only objects are stacked, each with its path: a scalar has neither an entry nor a path made for it.
  const stack: { value: object; path: JsonPath }[] = [{ value: root, path: [] }];
  const push = (child: unknown, path: JsonPath, key: string | number) => {
    if (typeof child === 'object' && child !== null) stack.push({ value: child, path: [...path, key] });
  };
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) push(value[index], path, index);
      continue;
    }
    found.push({ node: value as JsonObject, path });
    const keys = Object.keys(value);
    for (let index = keys.length - 1; index >= 0; index--) push((value as JsonObject)[keys[index]], path, keys[index]);
  }
  return found;
}
