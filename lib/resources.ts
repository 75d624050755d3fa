import { Classification, OperationInfo, successResponses } from './classify';
import { asArray, asObject, deref, isObject, JsonObject, JsonPath } from './json';
import { oncePer } from './cache';
import { mergeSchema } from './schema';
import { reachableSchemas, SchemaNode } from './schema-walk';

/** Operations whose success body is a single resource. */
const SINGLE_RESOURCE = new Set(['show', 'create', 'update', 'action']);

/**
 * The resource schemas: the success bodies of show / create / update / action responses and the
 * items of a collection's `resources`, each once at its own location. Pseudo-resources (paths
 * without an identifier of their own) and non-resource bodies (jobs, errors, relationships) are
 * left out; a `oneOf` body counts each variant as a resource.
 */
export const resourceSchemas = oncePer(collectResources);

/** An operation's success (200/201) body schemas, with their locations. */
export function successBodies(doc: Classification, operation: OperationInfo): SchemaNode[] {
  const { pathOf } = reachableSchemas(doc);
  return successResponses(operation).flatMap(({ schema, mediaType, jsonPath }) => {
    const resolved = deref(doc.root, schema);
    if (!isObject(resolved)) return [];
    return [{ schema: resolved, path: pathOf.get(resolved) ?? [...jsonPath, 'content', String(mediaType), 'schema'] }];
  });
}

function collectResources(doc: Classification): SchemaNode[] {
  const { pathOf } = reachableSchemas(doc);
  const found = new Map<JsonObject, JsonPath>();
  const topLevel = new Set<JsonObject>();
  let nested = false;
  const add = (schema: unknown, fallback: JsonPath, visiting = new Set<unknown>()) => {
    const resolved = deref(doc.root, schema);
    if (!isObject(resolved) || visiting.has(resolved)) return;
    const variants = variantsOf(resolved);
    if (variants.length > 0) {
      visiting.add(resolved);
      variants.forEach((variant, index) => add(variant, [...fallback, 'oneOf', index], visiting));
      return;
    }
    if (!['resource', 'other'].includes(doc.schemaKind(resolved))) return;
    if (!found.has(resolved)) found.set(resolved, pathOf.get(resolved) ?? fallback);
    if (!nested) topLevel.add(resolved);
  };
  for (const operation of doc.operations) {
    if (operation.pathInfo.kind === 'pseudo-resource' || operation.pathInfo.kind === 'root') continue;
    // `/v3/apps`, `/v3/apps/{guid}` and their actions; deeper paths are under a parent resource.
    nested = operation.pathInfo.kind !== 'action' && operation.pathInfo.segments.length > 2;
    for (const body of successBodies(doc, operation)) {
      if (operation.kind === 'list' && doc.schemaKind(body.schema) === 'collection') {
        const resources = mergeSchema(doc.root, body.schema).properties.get('resources');
        const items = asObject(deref(doc.root, resources)).items;
        add(items, [...body.path, 'properties', 'resources', 'items']);
      } else if (SINGLE_RESOURCE.has(operation.kind)) {
        add(body.schema, body.path);
      }
    }
  }
  return [...found.entries()]
    .filter(([schema]) => topLevel.has(schema) || mergeSchema(doc.root, schema).properties.has('guid'))
    .map(([schema, path]) => ({ schema, path }));
}

/** The `oneOf`/`anyOf` variants of a schema that declares no properties of its own. */
function variantsOf(schema: JsonObject): unknown[] {
  if (isObject(schema.properties) || Array.isArray(schema.allOf)) return [];
  return [...asArray(schema.oneOf), ...asArray(schema.anyOf)];
}
