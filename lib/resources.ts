import { Classification, isParameterSegment, OperationInfo, PathKind, successResponses } from './classify';
import { asArray, asObject, deref, isObject, JsonObject, JsonPath } from './json';
import { oncePer } from './cache';
import { mergeSchema } from './schema';
import { reachableSchemas, SchemaNode } from './schema-walk';

/** Paths without an identifier of their own, whose bodies are not resources. */
const NOT_RESOURCE_PATHS = new Set<PathKind>(['pseudo-resource', 'singleton', 'root']);

/** Operations whose success body is a single resource. */
const SINGLE_RESOURCE = new Set(['show', 'create', 'update', 'action']);

/**
 * The resource schemas: the success bodies of show / create / update / action responses, the
 * items of a collection's `resources`, the members of an `included` object (full resources, in
 * the same format as the primary one) and the job shown by `GET /v3/jobs/{guid}`, each once at its
 * own location. Pseudo-resources and singletons (paths without an identifier of their own) and non-resource
 * bodies (errors, relationships) are left out; a `oneOf` body counts each variant as a resource.
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
  const add = (schema: unknown, fallback: JsonPath, always = false, visiting = new Set<unknown>()) => {
    const resolved = deref(doc.root, schema);
    if (!isObject(resolved) || visiting.has(resolved)) return;
    const variants = variantsOf(resolved);
    if (variants.length > 0) {
      visiting.add(resolved);
      variants.forEach((variant, index) => add(variant, [...fallback, 'oneOf', index], always, visiting));
      return;
    }
    if (!always && !['resource', 'other'].includes(doc.schemaKind(resolved))) return;
    if (!found.has(resolved)) found.set(resolved, pathOf.get(resolved) ?? fallback);
    if (!nested || always) topLevel.add(resolved);
  };
  const bodies: SchemaNode[] = [];
  for (const operation of doc.operations) {
    const operationBodies = successBodies(doc, operation);
    bodies.push(...operationBodies);
    if (isJobShow(operation)) {
      for (const body of operationBodies) add(body.schema, body.path, true);
    }
    if (NOT_RESOURCE_PATHS.has(operation.pathInfo.kind)) continue;
    // `/v3/apps`, `/v3/apps/{guid}` and their actions; deeper paths are under a parent resource.
    nested = operation.pathInfo.kind !== 'action' && operation.pathInfo.segments.length > 2;
    for (const body of operationBodies) {
      if (operation.kind === 'list' && doc.schemaKind(body.schema) === 'collection') {
        const resources = mergeSchema(doc.root, body.schema).properties.get('resources');
        const items = asObject(deref(doc.root, resources)).items;
        add(items, [...body.path, 'properties', 'resources', 'items']);
      } else if (SINGLE_RESOURCE.has(operation.kind)) {
        add(body.schema, body.path);
      }
    }
  }
  nested = false;
  for (const body of bodies) {
    for (const member of includedMembers(doc, body)) add(member.schema, member.path, true);
  }
  return [...found.entries()]
    .filter(([schema]) => topLevel.has(schema) || mergeSchema(doc.root, schema).properties.has('guid'))
    .map(([schema, path]) => ({ schema, path }));
}

/** `GET /v3/jobs/{guid}`: it shows the job resource. */
export function isJobShow({ method, pathInfo: { segments } }: OperationInfo): boolean {
  return method === 'get' && segments.length === 2 && segments[0] === 'jobs' && isParameterSegment(segments[1]);
}

/**
 * The schemas of the resources an `included` object carries: each member is a list of resources
 * (`spaces: [Space]`) or, in the guide's proposal, a paginated `{ resources: [Space] }`.
 */
function includedMembers(doc: Classification, body: SchemaNode): SchemaNode[] {
  const included = mergeSchema(doc.root, body.schema).properties.get('included');
  const { pathOf } = reachableSchemas(doc);
  const includedPath = pathOf.get(deref(doc.root, included) as JsonObject) ?? [...body.path, 'properties', 'included'];
  return [...mergeSchema(doc.root, included).properties.entries()].flatMap(([name, member]) => {
    const resolved = asObject(deref(doc.root, member));
    const paginated = mergeSchema(doc.root, resolved).properties.get('resources');
    const items = resolved.items ?? asObject(deref(doc.root, paginated)).items;
    const at = [...includedPath, 'properties', name, ...(resolved.items !== undefined ? ['items'] : ['properties', 'resources', 'items'])];
    return items === undefined ? [] : [{ schema: items as JsonObject, path: at }];
  });
}

/** The `oneOf`/`anyOf` variants of a schema that declares no properties of its own. */
function variantsOf(schema: JsonObject): unknown[] {
  if (isObject(schema.properties) || Array.isArray(schema.allOf)) return [];
  return [...asArray(schema.oneOf), ...asArray(schema.anyOf)];
}
