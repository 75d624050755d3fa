import traverse from 'json-schema-traverse';
import { oncePer } from './cache';
import { escapeSegment, isObject, type JsonObject } from './json';

/** A `$ref` of a prepared schema: the document pointer it named and the ajv id it now names. */
export interface ComponentRef {
  pointer: string;
  id: string;
}

/**
 * The pointers of the resolved document's schema components, by object: the resolver inlines
 * the same object wherever a `$ref` named it, so a schema that reaches a component holds it.
 */
export const componentPointers = oncePer((resolved: object) => {
  const pointers = new WeakMap<object, string>();
  const schemas = isObject(resolved) && isObject(resolved.components) ? resolved.components.schemas : undefined;
  if (!isObject(schemas)) return pointers;
  for (const [name, schema] of Object.entries(schemas)) {
    if (isObject(schema) && !pointers.has(schema)) pointers.set(schema, `/components/schemas/${escapeSegment(name)}`);
  }
  return pointers;
});

/**
 * `schema` as JSON text where each component it holds below its root is a local `$ref` to it,
 * as it is written in the document: each component is then compiled once per lint.
 */
export function textWithComponentRefs(schema: unknown, pointers: WeakMap<object, string>): string {
  return JSON.stringify(schema, function (key, value) {
    if (key === '' && this[key] === schema) return value;
    const pointer = isObject(value) ? pointers.get(value) : undefined;
    return pointer === undefined ? value : { $ref: `#${pointer}` };
  });
}

/**
 * Where the resolver left a local `$ref` (a schema that contains itself), ajv alone cannot follow
 * it: the schema it names is registered with ajv once per lint under an id (lib/example-validator.ts)
 * and the `$ref` is rewritten here to that id. One id per pointer and use: a schema prepared for
 * a request body differs from the same one prepared for a response (lib/example-schema.ts).
 */
export function pointLocalRefsAtComponents(schema: JsonObject, use: string): ComponentRef[] {
  const refs = new Map<string, ComponentRef>();
  traverse(schema, {}, (fragment) => {
    const ref = fragment.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return;
    const pointer = ref.slice(1);
    let component = refs.get(pointer);
    if (!component) refs.set(pointer, (component = { pointer, id: componentId(pointer, use) }));
    fragment.$ref = component.id;
  });
  return [...refs.values()];
}

/** An absolute URI (ajv resolves ids as URIs), one per pointer and use. */
function componentId(pointer: string, use: string): string {
  return `https://components.capi.invalid/${use}${pointer.split('/').map(encodeURIComponent).join('/')}`;
}
