import type { Classification } from './classify';
import { asArray, asObject, deref, isObject, JsonObject, JsonPath } from './json';
import { declaringSchema } from './schema';
import { reachableSchemas } from './schema-walk';

/**
 * Where a schema finding sits: the narrowest node a person edits to fix it, inside the schema
 * at `at`, rather than the schema itself (line 1 of a component file).
 */

/** The `properties` a missing field goes into: the schema's own, else those of its first inline allOf member, else the schema. */
export function propertiesPath(doc: Classification, schema: JsonObject, at: JsonPath): JsonPath {
  if (isObject(schema.properties)) return [...at, 'properties'];
  const members = asArray(schema.allOf);
  const inline = members.findIndex((member) => {
    const resolved = deref(doc.root, member);
    return isObject(resolved) && isObject(resolved.properties) && doc.componentPath(resolved) === undefined;
  });
  return inline >= 0 ? [...at, 'allOf', inline, 'properties'] : at;
}

/** The schema (of `schema` or its allOf members) that declares field `name`, with its path. */
export function declaringNode(doc: Classification, schema: JsonObject, at: JsonPath, name: string): { schema: JsonObject; path: JsonPath } {
  const declaring = declaringSchema(doc.root, schema, name) ?? schema;
  return { schema: declaring, path: declaring === schema ? at : reachableSchemas(doc).pathOf.get(declaring) ?? at };
}

/**
 * The field `name` where it is declared (`.../properties/<name>`, in an allOf member that declares
 * it), unless the field is a bare `$ref` to another component, which Spectral would show instead
 * of the field: then the `properties` that hold it.
 */
export function fieldPath(doc: Classification, schema: JsonObject, at: JsonPath, name: string): JsonPath {
  const { schema: declaring, path } = declaringNode(doc, schema, at, name);
  const properties = asObject(declaring.properties);
  if (!Object.prototype.hasOwnProperty.call(properties, name)) return propertiesPath(doc, declaring, path);
  const own = [...path, 'properties', name];
  const location = reachableSchemas(doc).pathOf.get(asObject(deref(doc.root, properties[name])));
  return location === undefined || location.join('/') === own.join('/') ? own : [...path, 'properties'];
}

/**
 * The field `name` where it is written, also when it is a `$ref` to another component: for a rule
 * that reports at references (`resolved: false`), where Spectral shows the `$ref` itself.
 */
export function writtenFieldPath(doc: Classification, schema: JsonObject, at: JsonPath, name: string): JsonPath {
  const { schema: declaring, path } = declaringNode(doc, schema, at, name);
  return Object.prototype.hasOwnProperty.call(asObject(declaring.properties), name) ? [...path, 'properties', name] : propertiesPath(doc, declaring, path);
}

/** Where a `required` member goes for field `name`: the declaring schema's `required` list, else its `properties`. */
export function requiredPath(doc: Classification, schema: JsonObject, at: JsonPath, name: string): JsonPath {
  const { schema: declaring, path } = declaringNode(doc, schema, at, name);
  return Array.isArray(declaring.required) ? [...path, 'required'] : propertiesPath(doc, declaring, path);
}
