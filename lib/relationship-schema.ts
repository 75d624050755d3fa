import { OperationInfo, responsePath } from './classify';
import { asObject, deref, JsonPath } from './json';
import { allowsType, jsonContentOf, mergeSchema } from './schema';

export interface RelationshipBody {
  /** `PATCH /v3/... request body` or `GET /v3/... 200`, for messages. */
  label: string;
  schema: unknown;
  path: JsonPath;
}

/** The request body and the 200/201 bodies of a relationship operation, with where to report them. */
export function relationshipBodies(root: unknown, op: OperationInfo): RelationshipBody[] {
  const bodies: RelationshipBody[] = [];
  const request = jsonContentOf(root, op.operation.requestBody);
  if (request) {
    bodies.push({ label: `${op.label} request body`, schema: request.schema, path: [...op.jsonPath, 'requestBody', 'content', request.mediaType, 'schema'] });
  }
  for (const response of op.responses.filter(({ code }) => code === '200' || code === '201')) {
    const content = jsonContentOf(root, response.response);
    if (content) bodies.push({ label: `${op.label} ${response.code}`, schema: content.schema, path: responsePath(response, 'content', content.mediaType, 'schema') });
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
