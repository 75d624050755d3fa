import { asArray, asObject, deref, isObject, JsonObject } from './json';

export interface MergedSchema {
  properties: Map<string, unknown>;
  required: Set<string>;
  types: Set<string>;
  /** The first `format` met, the schema's own before its `allOf` members'. */
  format: string | undefined;
}

/**
 * Flattens an object schema across `$ref` and `allOf` (the official spec builds resources as
 * `allOf: [BaseSchema, ...]`). `oneOf`/`anyOf` variants are merged only when `withVariants` is set,
 * since a property found in one variant is not guaranteed. A visited set guards `$ref` cycles.
 */
export function mergeSchema(root: unknown, schema: unknown, withVariants = false): MergedSchema {
  const merged: MergedSchema = { properties: new Map(), required: new Set(), types: new Set(), format: undefined };
  const visited = new Set<unknown>();
  const visit = (node: unknown): void => {
    const resolved = deref(root, node);
    if (!isObject(resolved) || visited.has(resolved)) return;
    visited.add(resolved);
    for (const type of typesOf(resolved)) merged.types.add(type);
    if (merged.format === undefined && typeof resolved.format === 'string') merged.format = resolved.format;
    for (const [name, value] of Object.entries(asObject(resolved.properties))) {
      if (!merged.properties.has(name)) merged.properties.set(name, value);
    }
    for (const name of asArray(resolved.required)) if (typeof name === 'string') merged.required.add(name);
    asArray(resolved.allOf).forEach(visit);
    if (withVariants) [...asArray(resolved.oneOf), ...asArray(resolved.anyOf)].forEach(visit);
  };
  visit(schema);
  return merged;
}

/** The schema's declared types; OAS 3.1 allows a list, OAS 3.0 `nullable`. */
export function typesOf(schema: JsonObject): string[] {
  const declared = Array.isArray(schema.type) ? schema.type : [schema.type];
  const types = declared.filter((t): t is string => typeof t === 'string');
  if (schema.nullable === true) types.push('null');
  return types;
}

/** True when the schema (or an allOf/oneOf/anyOf member) declares one of the given types. */
export function allowsType(root: unknown, schema: unknown, type: string): boolean {
  const merged = mergeSchema(root, schema, true);
  return merged.types.has(type);
}

/**
 * What a schema declares its type to be, for a message that says what is there before what is
 * wanted: `is a string without a format`, `is a string with format "uri"`, `is of type integer`,
 * `declares no type` (null aside).
 */
export function declaredType(root: unknown, schema: unknown): string {
  const { types, format } = mergeSchema(root, schema, true);
  const named = [...types].filter((type) => type !== 'null');
  if (named.length === 0) return 'declares no type';
  if (named.length > 1 || named[0] !== 'string') return `is of type ${named.join(' or ')}`;
  return format === undefined ? 'is a string without a format' : `is a string with format "${format}"`;
}

/** The JSON schema of a request body or response (application/json, or any JSON-like media type). */
export function jsonSchemaOf(root: unknown, bodyOrResponse: unknown): unknown {
  return jsonContentOf(root, bodyOrResponse)?.schema;
}

/** The JSON media type of a request body or response, with its schema. */
export function jsonContentOf(root: unknown, bodyOrResponse: unknown): { mediaType: string; schema: unknown } | undefined {
  const content = asObject(asObject(deref(root, bodyOrResponse)).content);
  const mediaType =
    Object.keys(content).find((type) => type === 'application/json') ??
    Object.keys(content).find((type) => /[/+]json\b/.test(type));
  return mediaType ? { mediaType, schema: asObject(content[mediaType]).schema } : undefined;
}

/** The schema's `format`, looked up across `$ref` and `allOf`. */
export function formatOf(root: unknown, schema: unknown): string | undefined {
  return mergeSchema(root, schema).format;
}

/**
 * The schema object that declares `name` in its own `properties`: the schema itself or one of its
 * `allOf` members (`allOf: [BaseSchema, ...]`), found through `$ref`s; cycle-safe.
 */
export function declaringSchema(root: unknown, schema: unknown, name: string): JsonObject | undefined {
  const visited = new Set<unknown>();
  const visit = (node: unknown): JsonObject | undefined => {
    const resolved = deref(root, node);
    if (!isObject(resolved) || visited.has(resolved)) return undefined;
    visited.add(resolved);
    if (Object.prototype.hasOwnProperty.call(asObject(resolved.properties), name)) return resolved;
    for (const member of asArray(resolved.allOf)) {
      const found = visit(member);
      if (found) return found;
    }
    return undefined;
  };
  return visit(schema);
}
