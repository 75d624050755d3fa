/** Small, total helpers over untyped JSON: none of them throws on odd input. */
export type Json = unknown;
export type JsonObject = Record<string, unknown>;
export type JsonPath = (string | number)[];

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asObject(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Follows a local `$ref` ("#/components/...") against the root; cycle-safe. External refs stay unresolved. */
export function deref(root: unknown, node: unknown): unknown {
  const seen = new Set<unknown>();
  let current = node;
  while (isObject(current) && typeof current.$ref === 'string' && !seen.has(current)) {
    seen.add(current);
    const target = pointer(root, current.$ref);
    if (target === undefined) return current;
    current = target;
  }
  return current;
}

function pointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let node = root;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[key];
    else return undefined;
  }
  return node;
}
