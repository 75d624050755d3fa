import { Classification } from '../lib/classify';
import { documentFunction, Finding } from '../lib/document-function';
import { asObject, deref, isObject, valueAt } from '../lib/json';
import { resourceSchemas } from '../lib/resources';
import { relationshipBodyProblem } from '../lib/relationship-schema';
import { allowsType, mergeSchema, typesOf } from '../lib/schema';
import { describeSchema, reachableSchemas, SchemaNode } from '../lib/schema-walk';
import { fieldPath } from '../lib/fault-path';

/**
 * S44: a `relationships` object in a resource or a create body maps each name to
 * `{ data: { guid } }`, `{ data: null }` or `{ data: [ { guid } ] }`; an empty to-one is
 * `{ data: null }`, never a bare `null` (OAS 3.0 `nullable: true`, 3.1 a `null` type or variant).
 */
export default documentFunction('relationshipsShape', null, (doc, _options, unresolved) => {
  const { pathOf, nodes } = reachableSchemas(doc);
  const createBodies = doc.operations
    .filter(({ kind }) => kind === 'create')
    .map(({ requestSchema, requestMediaType, jsonPath }) => ({ schema: deref(doc.root, requestSchema), path: [...jsonPath, 'requestBody', 'content', String(requestMediaType), 'schema'] }))
    .filter((body): body is { schema: Record<string, unknown>; path: (string | number)[] } => isObject(body.schema))
    .map(({ schema, path }) => ({ schema, path: pathOf.get(schema) ?? path }));
  const seen = new Set<object>();
  const nullable = new Set<object>();
  const members = [...resourceSchemas(doc), ...createBodies].flatMap(({ schema, path }) => {
    const relationships = deref(doc.root, mergeSchema(doc.root, schema).properties.get('relationships'));
    if (!isObject(relationships) || seen.has(relationships)) return [];
    seen.add(relationships);
    const at = pathOf.get(relationships) ?? [...path, 'properties', 'relationships'];
    return Object.entries(asObject(relationships.properties)).flatMap(([name, relationship]) => {
      if (!isRelationship(doc.root, relationship)) {
        return [{
          message: `Relationship "${name}" (${describeSchema(at)}) must be { "data": { "guid" } }, { "data": null } or { "data": [ { "guid" } ] }: wrap the related guid(s) in "data".`,
          path: fieldPath(doc, relationships, at, name),
        }];
      }
      const resolved = deref(doc.root, relationship);
      if (allowsType(doc.root, relationship, 'null') && isObject(resolved) && !nullable.has(resolved)) {
        // A shared relationship schema is reported once, where it is defined.
        nullable.add(resolved);
        const shared = pathOf.get(resolved);
        return [{
          message: `Relationship "${name}" (${describeSchema(at)}${shared && shared.length === 3 ? `, schema "${shared[2]}"` : ''}) may itself be null; an empty to-one relationship is { "data": null }: make "data" nullable instead of the relationship.`,
          path: nullMarker(resolved, shared && shared.length === 3 ? shared : fieldPath(doc, relationships, at, name)),
        }];
      }
      return [];
    });
  });
  return [...members, ...nullNextToRef(doc, nodes, unresolved)];
});


/** A to-one or a to-many relationship; `{ data: null }` is the to-one form cleared (a nullable `data`). */
function isRelationship(root: unknown, schema: unknown): boolean {
  return relationshipBodyProblem(root, schema, false) === undefined || relationshipBodyProblem(root, schema, true) === undefined;
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
