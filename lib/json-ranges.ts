import type { IRange } from '@stoplight/types';
import type { JsonPath } from './json';

/** A node of the AST Spectral's JSON parser (@stoplight/json, jsonc-parser's shape) returns. */
interface JsonNode {
  type: string;
  value?: unknown;
  range?: IRange;
  children?: JsonNode[];
}

const keyIndexes = new WeakMap<JsonNode, Map<string, JsonNode>>();

/**
 * The range @stoplight/json's getLocationForJsonPath(ast, path, true) gives, found through an
 * index of each object's keys (built on first use) instead of its linear scan of the keys per
 * lookup, which made mapping the findings of a big single-file spec quadratic in its size.
 */
export function jsonRange(ast: JsonNode | undefined, at: JsonPath): IRange | undefined {
  let node = ast;
  if (node === undefined) return undefined;
  for (const segment of at) {
    const key = Number.isInteger(Number(segment)) ? Number(segment) : segment;
    if (typeof key === 'string' || node.type !== 'array') {
      if (node.type !== 'object' || !Array.isArray(node.children)) return node.range;
      const child: JsonNode | undefined = keysOf(node).get(String(key));
      if (child === undefined) return node.range;
      node = child;
    } else {
      if (key < 0 || !Array.isArray(node.children) || key >= node.children.length) return node.range;
      node = node.children[key];
    }
  }
  return node.range;
}

/** Key -> value node; the first of duplicate keys, as the linear scan finds it. */
function keysOf(object: JsonNode): Map<string, JsonNode> {
  let index = keyIndexes.get(object);
  if (!index) {
    index = new Map();
    for (const property of object.children ?? []) {
      const [key, value] = property.children ?? [];
      if (property.children?.length === 2 && !index.has(String(key.value))) index.set(String(key.value), value);
    }
    keyIndexes.set(object, index);
  }
  return index;
}
