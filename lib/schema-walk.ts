import { Classification, OperationInfo } from './classify';
import { oncePer } from './cache';
import { asArray, asObject, deref, isObject, JsonObject, JsonPath } from './json';

/** A schema object reached from an operation, at its own location (its component when it is one). */
export interface SchemaNode {
  schema: JsonObject;
  path: JsonPath;
}

export interface ReachableSchemas {
  nodes: SchemaNode[];
  /** The location of each reachable schema object. */
  pathOf: Map<object, JsonPath>;
}

/**
 * Every schema object reachable from the operations' request and response bodies,
 * each listed once (cached per document), so a rule checks a shared schema once and reports it at
 * `components/schemas/<Name>/...` rather than once per operation. Walks with a visited set:
 * the official spec has cycles (App -> IncludedResources -> App).
 */
export const reachableSchemas = oncePer((doc: Classification) => walk(doc, () => true));

/**
 * The schemas whose fields are resource fields, for the field rules (snake_case, plural arrays):
 * reachable from request and success bodies of operations that are not root documents. Error
 * bodies follow the guide's Errors section instead (`backtrace` is one trace, not a plural), and
 * the root documents (`GET /`, `GET /v3`) are maps of links, not resources. A schema also
 * reached from a resource body is still here.
 */
export const resourceFieldSchemas = oncePer((doc: Classification) =>
  walk(doc, (operation, code) => operation.pathInfo.kind !== 'root' && (code === undefined || !/^[45]/.test(code))),
);

/** Sub-schemas of a schema object, with the keys that lead to them. */
export function childSchemas(schema: JsonObject): { key: JsonPath; child: unknown }[] {
  const children: { key: JsonPath; child: unknown }[] = [];
  for (const [name, child] of Object.entries(asObject(schema.properties))) children.push({ key: ['properties', name], child });
  for (const keyword of ['allOf', 'oneOf', 'anyOf', 'prefixItems']) {
    asArray(schema[keyword]).forEach((child, index) => children.push({ key: [keyword, index], child }));
  }
  for (const keyword of ['items', 'additionalProperties', 'not']) {
    if (isObject(schema[keyword])) children.push({ key: [keyword], child: schema[keyword] });
  }
  return children;
}

/** `follows(operation, code)`: walk this operation's request body (code undefined) or its response with this code. */
function walk(doc: Classification, follows: (operation: OperationInfo, code?: string) => boolean): ReachableSchemas {
  const nodes: SchemaNode[] = [];
  const visited = new Set<unknown>();
  for (const operation of doc.operations) {
    const starts = follows(operation) ? requestBodySchemas(doc, operation) : [];
    for (const { response, jsonPath, code } of operation.responses) {
      if (!follows(operation, code)) continue;
      const responsePath = doc.componentPath(response) ?? jsonPath;
      for (const [type, media] of Object.entries(asObject(response.content))) {
        starts.push({ schema: asObject(media).schema, path: [...responsePath, 'content', type, 'schema'] });
      }
    }
    nodes.push(...schemasUnder(doc, starts, visited));
  }
  return { nodes, pathOf: new Map(nodes.map(({ schema, path }) => [schema, path])) };
}

/** The schema of each media type of an operation's request body, at its location. */
export function requestBodySchemas(doc: Classification, operation: OperationInfo): { schema: unknown; path: JsonPath }[] {
  const body = deref(doc.root, operation.operation.requestBody);
  const bodyPath = doc.componentPath(body) ?? [...operation.jsonPath, 'requestBody'];
  return Object.entries(asObject(asObject(body).content)).map(([type, media]) => ({ schema: asObject(media).schema, path: [...bodyPath, 'content', type, 'schema'] }));
}

/**
 * Every schema object under `starts`, themselves included, each once and none of `visited`, at its
 * own location (its component's when it is one). Depth first from the last start; a single
 * start comes first.
 */
export function schemasUnder(doc: Classification, starts: { schema: unknown; path: JsonPath }[], visited = new Set<unknown>()): SchemaNode[] {
  const nodes: SchemaNode[] = [];
  const stack: { schema: unknown; path: JsonPath }[] = [];
  const push = (schema: unknown, path: JsonPath) => {
    const resolved = deref(doc.root, schema);
    if (!isObject(resolved) || visited.has(resolved)) return;
    stack.push({ schema: resolved, path: doc.componentPath(resolved) ?? path });
  };
  for (const { schema, path } of starts) push(schema, path);
  while (stack.length > 0) {
    const { schema, path } = stack.pop()!;
    if (visited.has(schema)) continue;
    visited.add(schema);
    nodes.push({ schema: schema as JsonObject, path });
    for (const { key, child } of childSchemas(schema as JsonObject)) push(child, [...path, ...key]);
  }
  return nodes;
}

const COMPONENT_NOUNS: Record<string, string> = { schemas: 'schema', responses: 'response', requestBodies: 'request body', parameters: 'parameter' };

/**
 * A schema's location for messages: `schema "App"`, `schema "App" at properties.links`,
 * `response "NotFound" at content.application/json.schema`, or `in GET /v3/apps at responses.200...`.
 */
export function describeSchema(path: JsonPath): string {
  if (path[0] === 'components' && path.length >= 3) {
    const rest = path.slice(3);
    const noun = COMPONENT_NOUNS[String(path[1])] ?? 'component';
    return `${noun} "${String(path[2])}"${rest.length > 0 ? ` at ${rest.join('.')}` : ''}`;
  }
  if (path[0] === 'paths' && path.length >= 3) {
    return `in ${String(path[2]).toUpperCase()} ${String(path[1])} at ${path.slice(3).join('.')}`;
  }
  return `at ${path.join('.')}`;
}
