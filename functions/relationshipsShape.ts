import { documentFunction } from '../lib/document-function';
import { asObject, deref, isObject } from '../lib/json';
import { resourceSchemas } from '../lib/resources';
import { relationshipBodyProblem } from '../lib/relationship-schema';
import { mergeSchema } from '../lib/schema';
import { describeSchema, fieldPath, reachableSchemas } from '../lib/schema-walk';

/**
 * S44: a `relationships` object in a resource or a create body maps each name to
 * `{ data: { guid } }`, `{ data: null }` or `{ data: [ { guid } ] }`.
 */
export default documentFunction('relationshipsShape', null, (doc) => {
  const { pathOf } = reachableSchemas(doc);
  const createBodies = doc.operations
    .filter(({ kind }) => kind === 'create')
    .map(({ requestSchema, requestMediaType, jsonPath }) => ({ schema: deref(doc.root, requestSchema), path: [...jsonPath, 'requestBody', 'content', String(requestMediaType), 'schema'] }))
    .filter((body): body is { schema: Record<string, unknown>; path: (string | number)[] } => isObject(body.schema))
    .map(({ schema, path }) => ({ schema, path: pathOf.get(schema) ?? path }));
  const seen = new Set<object>();
  return [...resourceSchemas(doc), ...createBodies].flatMap(({ schema, path }) => {
    const relationships = deref(doc.root, mergeSchema(doc.root, schema).properties.get('relationships'));
    if (!isObject(relationships) || seen.has(relationships)) return [];
    seen.add(relationships);
    const at = pathOf.get(relationships) ?? [...path, 'properties', 'relationships'];
    return Object.entries(asObject(relationships.properties))
      .filter(([, relationship]) => !isRelationship(doc.root, relationship))
      .map(([name]) => ({
        message: `Relationship "${name}" (${describeSchema(at)}) must be { "data": { "guid" } }, { "data": null } or { "data": [ { "guid" } ] }: wrap the related guid(s) in "data".`,
        path: fieldPath(doc, relationships, at, name),
      }));
  });
});

/** A to-one or a to-many relationship; `{ data: null }` is the to-one form cleared (a nullable `data`). */
function isRelationship(root: unknown, schema: unknown): boolean {
  return relationshipBodyProblem(root, schema, false) === undefined || relationshipBodyProblem(root, schema, true) === undefined;
}
