import { Classification, OperationInfo } from './classify';
import { asObject, deref, isObject, JsonObject, JsonPath } from './json';
import { requestBodySchemas, SchemaNode, schemasUnder } from './schema-walk';

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

/** The schemas of an operation's request bodies, of every media type. */
export function requestSchemas(doc: Classification, op: OperationInfo): SchemaNode[] {
  return schemasUnder(doc, requestBodySchemas(doc, op));
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
