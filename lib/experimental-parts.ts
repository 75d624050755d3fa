import { Classification, OperationInfo } from './classify';
import { asObject, deref, isObject, JsonObject, JsonPath } from './json';
import { childSchemas, SchemaNode } from './schema-walk';

/**
 * Where the part that a description calls experimental sits: a property or parameter named so,
 * under an operation's request body or a field's schema, and whether anything there is already
 * marked `x-experimental: true` (the variant schema of the case, the option's own field).
 */
export interface ExperimentalPart {
  /** What is named: `Field "foo"`, `Parameter "foo"`. */
  what: string;
  kind: 'field' | 'parameter';
  node: JsonObject;
  path: JsonPath;
}

/** Schema objects under `schema`, itself included, each once, at their own locations (a component's when shared). */
export function schemasUnder(doc: Classification, schema: unknown, path: JsonPath): SchemaNode[] {
  const found: SchemaNode[] = [];
  const visited = new Set<unknown>();
  const stack: SchemaNode[] = [];
  const push = (child: unknown, at: JsonPath) => {
    const resolved = deref(doc.root, child);
    if (isObject(resolved) && !visited.has(resolved)) {
      visited.add(resolved);
      stack.push({ schema: resolved, path: doc.componentPath(resolved) ?? at });
    }
  };
  push(schema, path);
  while (stack.length > 0) {
    const node = stack.pop()!;
    found.push(node);
    for (const { key, child } of childSchemas(node.schema)) push(child, [...node.path, ...key]);
  }
  return found;
}

/** The schemas of an operation's request bodies, of every media type. */
export function requestSchemas(doc: Classification, { operation, jsonPath }: OperationInfo): SchemaNode[] {
  const body = deref(doc.root, operation.requestBody);
  const bodyPath = doc.componentPath(body) ?? [...jsonPath, 'requestBody'];
  return Object.entries(asObject(asObject(body).content)).flatMap(([type, media]) =>
    schemasUnder(doc, asObject(media).schema, [...bodyPath, 'content', type, 'schema']),
  );
}

/** The property named `name` among the schemas, or the operation's parameter of that name. */
export function namedPart(doc: Classification, schemas: SchemaNode[], name: string, op?: OperationInfo): ExperimentalPart | undefined {
  for (const { schema, path } of schemas) {
    const property = deref(doc.root, asObject(schema.properties)[name]);
    if (isObject(property)) return { what: `Field "${name}"`, kind: 'field', node: property, path: [...path, 'properties', name] };
  }
  const parameter = op?.parameters.find(({ parameter: candidate }) => candidate.name === name);
  return parameter && { what: `Parameter "${name}"`, kind: 'parameter', node: parameter.parameter, path: parameter.jsonPath };
}

export function marksAnyExperimental(schemas: SchemaNode[]): boolean {
  return schemas.some(({ schema }) => schema['x-experimental'] === true);
}
