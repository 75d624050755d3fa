/** Small, total helpers over untyped JSON: none of them throws on odd input. */
export type JsonObject = Record<string, unknown>;
export type JsonPath = (string | number)[];

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object of `{}` or Object.create(null), of any realm (a cached parse may come from another). */
export function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

/** A scalar JSON can carry (not YAML's `.nan` or `.inf`). */
export function isJsonScalar(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/** An object with a string `$ref`. */
export function isRef(node: unknown): node is JsonObject & { $ref: string } {
  return isObject(node) && typeof node.$ref === 'string';
}

/** Equal as JSON values: the same scalars, arrays item by item, objects key by key in any order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, index) => sameJson(item, (b as unknown[])[index]));
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && sameJson((a as JsonObject)[key], (b as JsonObject)[key]));
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
  return ref.startsWith('#') ? valueAt(root, pointerToPath(ref.slice(1))) : undefined;
}

/** "/a~1b/0" → ["a/b", "0"]; "" and "/" (read as the whole file, like Spectral and Redocly) → []. */
export function pointerToPath(fragment: string): JsonPath {
  if (fragment === '' || fragment === '/') return [];
  return fragment
    .split('/')
    .slice(1)
    .map((token) => safeDecode(token).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** ["a/b", 0] → "/a~1b/0", the inverse of pointerToPath (without percent-encoding). */
export function pathToPointer(at: JsonPath): string {
  return at.map((segment) => `/${escapeSegment(segment)}`).join('');
}

/** One pointer token: "~" → "~0", "/" → "~1". */
export function escapeSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The value at a path, through own properties only (a key such as "constructor" is data). */
export function valueAt(data: unknown, at: JsonPath): unknown {
  let node = data;
  for (const key of at) {
    if (!Array.isArray(node) && !isObject(node)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Decodes percent-escapes, leaving a malformed one (`50%`) as it is instead of throwing. */
export function safeDecode(text: string, decode: (text: string) => string = decodeURIComponent): string {
  try {
    return decode(text);
  } catch {
    return text;
  }
}
