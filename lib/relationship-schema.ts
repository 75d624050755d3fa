import { OperationInfo, successResponses } from './classify';
import { asObject, deref, JsonPath } from './json';
import { allowsType, mergeSchema } from './schema';

export interface RelationshipBody {
  /** `PATCH /v3/... request body` or `GET /v3/... 200`, for messages. */
  label: string;
  schema: unknown;
  path: JsonPath;
}

/** The request body and the 200/201 bodies of a relationship operation, with where to report them. */
export function relationshipBodies(root: unknown, op: OperationInfo): RelationshipBody[] {
  const bodies: RelationshipBody[] = [];
  if (op.requestMediaType) {
    bodies.push({ label: `${op.label} request body`, schema: op.requestSchema, path: [...op.jsonPath, 'requestBody', 'content', op.requestMediaType, 'schema'] });
  }
  for (const response of successResponses(op)) {
    if (response.mediaType) {
      bodies.push({ label: `${op.label} ${response.code}`, schema: response.schema, path: [...response.jsonPath, 'content', response.mediaType, 'schema'] });
    }
  }
  return bodies;
}

/** What keeps `schema` from `{ data: { guid } }` (to-one) or `{ data: [ { guid } ] }` (to-many). */
export function relationshipBodyProblem(root: unknown, schema: unknown, toMany: boolean): string | undefined {
  const data = mergeSchema(root, schema, true).properties.get('data');
  if (data === undefined) return 'it has no "data"';
  const isList = allowsType(root, data, 'array') || asObject(deref(root, data)).items !== undefined;
  if (toMany && !isList) return '"data" is not a list';
  if (!toMany && isList) return '"data" is a list';
  const member = toMany ? asObject(deref(root, data)).items : data;
  if (!mergeSchema(root, member, true).properties.has('guid')) return toMany ? 'the "data" items have no "guid"' : '"data" has no "guid"';
  return undefined;
}
