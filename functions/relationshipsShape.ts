import { Classification } from '../lib/classify';
import { documentFunction, Finding } from '../lib/document-function';
import { asArray, asObject, deref, isObject, JsonObject, JsonPath, valueAt } from '../lib/json';
import { resourceSchemas } from '../lib/resources';
import { otherComponent, problemPath, relationshipProblem } from '../lib/relationship-schema';
import { allowsType, mergeSchema, typesOf } from '../lib/schema';
import { describeSchema, reachableSchemas, SchemaNode } from '../lib/schema-walk';
import { fieldPath } from '../lib/fault-path';

/**
 * S44: a `relationships` object in a resource or a create body maps each name to
 * `{ data: { guid } }`, `{ data: null }` or `{ data: [ { guid } ] }`; an empty to-one is
 * `{ data: null }`, never a bare `null` (OAS 3.0 `nullable: true`, 3.1 a `null` type or variant).
 * Each problem is reported once, in the schema to change (a shared relationship component once,
 * whatever number of relationships use it).
 */
export default documentFunction('relationshipsShape', null, (doc, _options, unresolved) => {
  const { pathOf, nodes } = reachableSchemas(doc);
  const createBodies = doc.operations
    .filter(({ kind }) => kind === 'create')
    .map(({ requestSchema, requestMediaType, jsonPath }) => ({ schema: deref(doc.root, requestSchema), path: [...jsonPath, 'requestBody', 'content', String(requestMediaType), 'schema'] }))
    .filter((body): body is { schema: Record<string, unknown>; path: (string | number)[] } => isObject(body.schema))
    .map(({ schema, path }) => ({ schema, path: pathOf.get(schema) ?? path }));
  const seen = new Set<object>();
  // A relationship schema shared by several relationships objects is reported once, where it is written.
  const reported = new Set<string>();
  const once = (at: JsonPath): boolean => {
    const key = at.join('\0');
    if (reported.has(key)) return false;
    reported.add(key);
    return true;
  };
  const members = [...resourceSchemas(doc), ...createBodies].flatMap(({ schema, path }) => {
    const relationships = deref(doc.root, mergeSchema(doc.root, schema).properties.get('relationships'));
    if (!isObject(relationships) || seen.has(relationships)) return [];
    seen.add(relationships);
    const at = pathOf.get(relationships) ?? [...path, 'properties', 'relationships'];
    return Object.entries(asObject(relationships.properties)).flatMap(([name, relationship]) => {
      const written = fieldPath(doc, relationships, at, name);
      const problem = relationshipProblem(doc.root, relationship);
      if (problem !== undefined) {
        const where = problemPath(doc, problem, written);
        const component = otherComponent(where, at);
        return once(where) ? [{
          message: `Relationship "${name}" (${describeSchema(at)}${component ? `, ${component}` : ''}): ${problem.problem}; a relationship is { "data": { "guid" } }, { "data": null } or { "data": [ { "guid" } ] }: ${problem.fix}.`,
          path: where,
        }] : [];
      }
      const declaring = nullDeclaring(doc.root, relationship);
      if (declaring === undefined) return [];
      const where = nullMarker(declaring, pathOf.get(declaring) ?? written);
      const component = otherComponent(where, at);
      const dataAllowsNull = allowsType(doc.root, mergeSchema(doc.root, relationship, true).properties.get('data'), 'null');
      const fix = dataAllowsNull ? '"data" already declares null, so remove the null from the relationship itself' : 'make "data" nullable instead of the relationship';
      return once(where) ? [{
        message: `Relationship "${name}" (${describeSchema(at)}${component ? `, ${component}` : ''}) may itself be null; an empty to-one relationship is { "data": null }: ${fix}.`,
        path: where,
      }] : [];
    });
  });
  return [...members, ...nullNextToRef(doc, nodes, unresolved)];
});


/**
 * The schema that lets a relationship itself be null: the one whose type (or `nullable`) allows
 * null, or whose oneOf/anyOf has a null variant, found through `$ref`s and `allOf` members. A
 * shared relationship component that does is the place to fix, not each relationship using it.
 */
function nullDeclaring(root: unknown, schema: unknown, visited = new Set<unknown>()): JsonObject | undefined {
  const resolved = deref(root, schema);
  if (!isObject(resolved) || visited.has(resolved)) return undefined;
  visited.add(resolved);
  if (typesOf(resolved).includes('null')) return resolved;
  const variants = [...asArray(resolved.oneOf), ...asArray(resolved.anyOf)];
  if (variants.some((variant) => isNullOnly(asObject(deref(root, variant))))) return resolved;
  for (const member of [...asArray(resolved.allOf), ...variants]) {
    const found = nullDeclaring(root, member, visited);
    if (found) return found;
  }
  return undefined;
}

function isNullOnly(schema: JsonObject): boolean {
  const types = typesOf(schema);
  return types.length > 0 && types.every((type) => type === 'null');
}

/**
 * A `data` written `{ type: [object, "null"], $ref: ... }` (OAS 3.0: `nullable: true` beside the
 * `$ref`): the referenced schema's `type: object` still applies and forbids null, so the guide's
 * `{ data: null }` is invalid. Read on the document as written, since resolving drops the siblings.
 */
function nullNextToRef(doc: Classification, nodes: SchemaNode[], unresolved: unknown): Finding[] {
  return nodes.flatMap(({ schema, path }) => {
    const data = asObject(schema.properties).data;
    const written = valueAt(unresolved, [...path, 'properties', 'data']);
    if (data === undefined || !isObject(written) || typeof written.$ref !== 'string') return [];
    if (!typesOf(written).includes('null') || allowsType(doc.root, data, 'null')) return [];
    return [{
      message: `"data" (${describeSchema(path)}) declares null beside a $ref to "${written.$ref}", whose type still forbids null, so an empty to-one ({ "data": null }) is invalid: write "data": { oneOf: [ { $ref: "${written.$ref}" }, { type: "null" } ] } (OAS 3.0: a nullable schema without the $ref).`,
      path: fieldPath(doc, schema, path, 'data'),
    }];
  });
}

/** Where a schema says it may be null: its `nullable` (OAS 3.0) or its `type`, else the schema. */
function nullMarker(schema: Record<string, unknown>, at: (string | number)[]): (string | number)[] {
  if ('nullable' in schema) return [...at, 'nullable'];
  return 'type' in schema ? [...at, 'type'] : at;
}
