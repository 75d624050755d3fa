import { isObject, JsonObject, JsonPath } from './json';

export interface Located {
  node: JsonObject;
  path: JsonPath;
}

/** A value on a walk's stack: the key it is at in its parent, whose frame it keeps, so that a path is made only when asked. */
export interface Frame {
  value: unknown;
  parent?: Frame;
  key?: string | number;
}

/** The keys from the walk's root down to `frame`. */
export function pathOf(frame: Frame): JsonPath {
  const at: JsonPath = [];
  for (let current: Frame | undefined = frame; current?.key !== undefined; current = current.parent) at.unshift(current.key);
  return at;
}

/**
 * The objects of the document that `matches`, each once, with the first path it was reached by
 * (the resolved document shares objects between `$ref` sites and may be cyclic).
 */
export function objectsWhere(root: unknown, matches: (node: JsonObject) => boolean): Located[] {
  if (!isObject(root)) return [];
  const seen = new Set<object>();
  const found: Located[] = [];
  // Only objects are stacked: a scalar has neither a frame nor a path made for it.
  const stack: Frame[] = [{ value: root }];
  const push = (child: unknown, parent: Frame, key: string | number) => {
    if (typeof child === 'object' && child !== null) stack.push({ value: child, parent, key });
  };
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const value = frame.value as object;
    if (seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) push(value[index], frame, index);
      continue;
    }
    if (matches(value as JsonObject)) found.push({ node: value as JsonObject, path: pathOf(frame) });
    const keys = Object.keys(value);
    for (let index = keys.length - 1; index >= 0; index--) push((value as JsonObject)[keys[index]], frame, keys[index]);
  }
  return found;
}
