import traverse from 'json-schema-traverse';
import type { JsonObject } from './json';

/** A `$ref` of a prepared schema: the document pointer it named and the ajv id it now names. */
export interface ComponentRef {
  pointer: string;
  id: string;
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
