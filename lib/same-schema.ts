import { isObject } from './json';
import { deref } from './json';

/** Keys that describe a schema without changing what it accepts. */
const ANNOTATIONS = new Set(['description', 'summary', 'title', 'example', 'examples', '$comment']);

/**
 * True when two schemas are the same: the same object once `$ref`s are followed, or equal key by
 * key, annotations (description, title, examples, `x-` extensions) aside. Cycle-safe: a pair
 * already being compared counts as equal.
 */
export function sameSchema(root: unknown, a: unknown, b: unknown): boolean {
  const comparing = new Map<unknown, Set<unknown>>();
  const same = (x: unknown, y: unknown): boolean => {
    const left = deref(root, x);
    const right = deref(root, y);
    if (left === right) return true;
    if (Array.isArray(left) || Array.isArray(right)) {
      return Array.isArray(left) && Array.isArray(right) && left.length === right.length && left.every((item, index) => same(item, right[index]));
    }
    if (!isObject(left) || !isObject(right)) return false;
    const pairs = comparing.get(left) ?? new Set<unknown>();
    if (pairs.has(right)) return true;
    pairs.add(right);
    comparing.set(left, pairs);
    const leftKeys = keys(left);
    const rightKeys = keys(right);
    return leftKeys.length === rightKeys.length && leftKeys.every((key, index) => key === rightKeys[index] && same(left[key], right[key]));
  };
  return same(a, b);
}

const sortedKeys = new WeakMap<object, string[]>();

/** The keys that decide what a schema accepts, sorted; kept per object (a document's objects do not change during a lint). */
function keys(object: Record<string, unknown>): string[] {
  let known = sortedKeys.get(object);
  if (!known) sortedKeys.set(object, (known = Object.keys(object).filter((key) => !ANNOTATIONS.has(key) && !key.startsWith('x-')).sort()));
  return known;
}
