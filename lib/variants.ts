import { asArray, asObject, deref, isObject, JsonObject } from './json';
import { mergeSchema, MergedSchema } from './schema';

/** One member of a `oneOf`, resolved, with its place in the list. */
export interface Variant {
  index: number;
  schema: JsonObject;
  merged: MergedSchema;
}

/** A variant that describes an object: it says `type: object`, or gives properties or required members without a type. */
function isObjectVariant(merged: MergedSchema): boolean {
  if (merged.types.size > 0) return merged.types.has('object');
  return merged.properties.size > 0 || merged.required.size > 0;
}

/** The object variants of a `oneOf` (resolved), in order; fewer than two means the schema is not polymorphic. */
export function objectVariants(root: unknown, schema: JsonObject): Variant[] {
  return asArray(schema.oneOf).flatMap((raw, index) => {
    const resolved = deref(root, raw);
    if (!isObject(resolved)) return [];
    const merged = mergeSchema(root, resolved);
    return isObjectVariant(merged) ? [{ index, schema: resolved, merged }] : [];
  });
}

/** True for a `oneOf` of at least two object variants: a polymorphic body. */
export function isPolymorphic(root: unknown, schema: JsonObject): boolean {
  return objectVariants(root, schema).length >= 2;
}

/** The values a field may take when it is fixed by `const` or `enum`, else undefined (any value). */
export function fixedValues(root: unknown, field: unknown): unknown[] | undefined {
  const resolved = asObject(deref(root, field));
  if (resolved.const !== undefined) return [resolved.const];
  if (Array.isArray(resolved.enum)) return resolved.enum;
  for (const member of asArray(resolved.allOf)) {
    const values = fixedValues(root, member);
    if (values !== undefined) return values;
  }
  return undefined;
}

const valueKey = (value: unknown) => JSON.stringify(value);

/** True when no value is in both lists. */
export function disjointValues(a: unknown[], b: unknown[]): boolean {
  const keys = new Set(a.map(valueKey));
  return !b.some((value) => keys.has(valueKey(value)));
}

/**
 * True when the variant refuses an object holding `name`: `additionalProperties: false` on the
 * variant or one of its `allOf` members that does not declare it (and has no `patternProperties`),
 * or the field declared as `false` / `not: {}`.
 */
export function forbidsProperty(root: unknown, variant: unknown, name: string): boolean {
  const visited = new Set<unknown>();
  const visit = (node: unknown): boolean => {
    const resolved = deref(root, node);
    if (!isObject(resolved) || visited.has(resolved)) return false;
    visited.add(resolved);
    const properties = asObject(resolved.properties);
    if (Object.prototype.hasOwnProperty.call(properties, name)) {
      const field = deref(root, properties[name]);
      if (field === false || (isObject(field) && isObject(field.not) && Object.keys(field.not).length === 0)) return true;
    } else if (resolved.additionalProperties === false && resolved.patternProperties === undefined) {
      return true;
    }
    return asArray(resolved.allOf).some(visit);
  };
  return visit(variant);
}

/** The JSON types a variant accepts: its declared types (with `nullable` and 3.1's `'null'`), `object` when it declares none. */
export function acceptedTypes(variant: Variant): Set<string> {
  return variant.merged.types.size > 0 ? variant.merged.types : new Set(['object']);
}

/** The types two variants both accept (an `integer` is a `number`). */
function sharedTypes(a: Set<string>, b: Set<string>): Set<string> {
  const shared = new Set<string>();
  for (const type of a) {
    if (b.has(type)) shared.add(type);
    else if ((type === 'integer' && b.has('number')) || (type === 'number' && b.has('integer'))) shared.add('integer');
  }
  return shared;
}

/** Why two variants both accept one value: `null` (or another non-object type) both allow, or an object neither excludes. */
export type Overlap = { kind: 'type'; type: string } | { kind: 'object' };

/**
 * How two object variants of a `oneOf` can both accept one value, or undefined when they exclude
 * each other. Objects are told apart when each requires a member the other does not require,
 * when one requires a member the other forbids, or when a field both declare is fixed
 * (`const`/`enum`) to values that have none in common.
 */
export function overlapOf(root: unknown, a: Variant, b: Variant): Overlap | undefined {
  const types = sharedTypes(acceptedTypes(a), acceptedTypes(b));
  const other = [...types].find((type) => type !== 'object');
  if (other !== undefined) return { kind: 'type', type: other };
  if (!types.has('object')) return undefined;
  return excludeEachOther(root, a, b) ? undefined : { kind: 'object' };
}

function excludeEachOther(root: unknown, a: Variant, b: Variant): boolean {
  const only = (x: Variant, y: Variant) => [...x.merged.required].filter((name) => !y.merged.required.has(name));
  const onlyA = only(a, b);
  const onlyB = only(b, a);
  if (onlyA.length > 0 && onlyB.length > 0) return true;
  if (onlyA.some((name) => forbidsProperty(root, b.schema, name)) || onlyB.some((name) => forbidsProperty(root, a.schema, name))) return true;
  for (const [name, field] of a.merged.properties) {
    if (!b.merged.properties.has(name)) continue;
    const valuesA = fixedValues(root, field);
    const valuesB = fixedValues(root, b.merged.properties.get(name));
    if (valuesA !== undefined && valuesB !== undefined && disjointValues(valuesA, valuesB)) return true;
  }
  return false;
}

/**
 * True when an example value fits a variant by what tells the variants apart: an object holding
 * every member the variant requires, no member it forbids, and fixed fields at one of their values.
 * (Full validation of examples is `oas3-valid-media-example`'s.)
 */
export function exampleFits(root: unknown, variant: Variant, value: unknown): boolean {
  const types = acceptedTypes(variant);
  if (value === null) return types.has('null');
  if (!isObject(value)) return false;
  if ([...variant.merged.required].some((name) => !Object.prototype.hasOwnProperty.call(value, name))) return false;
  return Object.keys(value).every((name) => {
    if (forbidsProperty(root, variant.schema, name)) return false;
    const field = variant.merged.properties.get(name);
    const values = field === undefined ? undefined : fixedValues(root, field);
    return values === undefined || !disjointValues(values, [value[name]]);
  });
}
