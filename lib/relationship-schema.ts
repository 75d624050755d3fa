import { Classification, OperationInfo, successResponses } from './classify';
import { asArray, asObject, deref, isObject, JsonObject, JsonPath } from './json';
import { quoted } from './names';
import { allowsType, mergeSchema } from './schema';
import { describeSchema, reachableSchemas } from './schema-walk';
import { fieldPath, propertiesPath } from './fault-path';

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

/** A problem of a relationship operation's body, with where it is reported and the body's label. */
export interface BodyProblem extends RelationshipProblem {
  label: string;
  path: JsonPath;
  /** The component the finding sits in when the message's label does not name it (a shared one). */
  component?: string;
}

/**
 * The problems of a relationship operation's bodies, each reported once where it is written:
 * `reported` holds the places already reported, so that a shared component its bodies (or other
 * operations' bodies) use is reported once, at its own place.
 */
export function bodyProblems(doc: Classification, op: OperationInfo, toMany: boolean, reported: Set<string>): BodyProblem[] {
  return relationshipBodies(doc.root, op).flatMap(({ label, schema, path }) => {
    const problem = relationshipProblem(doc.root, schema, toMany);
    if (problem === undefined) return [];
    const at = problemPath(doc, problem, path);
    const key = at.join('\0');
    if (reported.has(key)) return [];
    reported.add(key);
    return [{ ...problem, label, path: at, component: otherComponent(at, path) }];
  });
}

/** What keeps a schema from the guide's relationship shape: what is there, what to change, and the schema to change. */
export interface RelationshipProblem {
  /** What the schema has instead: `"data" has no "guid" (it declares "name")`. */
  problem: string;
  /** What to change: `add "guid" to it`. */
  fix: string;
  /** The schema to change and, when the change is to one of its fields, that field. */
  schema: JsonObject;
  field?: string;
}

/**
 * What keeps `schema` from `{ data: { guid } }` (to-one) or `{ data: [ { guid } ] }` (to-many);
 * `toMany` undefined takes the form its "data" has (a list or not).
 */
export function relationshipProblem(root: unknown, schema: unknown, toMany?: boolean): RelationshipProblem | undefined {
  const body = asObject(deref(root, schema));
  const merged = mergeSchema(root, body, true);
  const data = merged.properties.get('data');
  if (data === undefined) {
    const guid = merged.properties.has('guid');
    return {
      problem: guid ? 'it declares "guid" outside "data"' : `it has no "data"${declares(merged.properties)}`,
      fix: guid ? 'wrap the guid in "data"' : 'add "data"',
      schema: shapeOwner(root, body),
    };
  }
  const dataSchema = asObject(deref(root, data));
  const isList = allowsType(root, data, 'array') || dataSchema.items !== undefined;
  const list = toMany ?? isList;
  if (list && !isList) return { problem: '"data" is not a list', fix: 'make "data" an array of { guid }', schema: body, field: 'data' };
  if (!list && isList) return { problem: '"data" is a list', fix: 'make "data" one { guid } object (or null)', schema: body, field: 'data' };
  if (list && dataSchema.items === undefined) return missingItems(root, body, merged.properties);
  const member = asObject(deref(root, list ? dataSchema.items : data));
  const fields = mergeSchema(root, member, true).properties;
  if (fields.has('guid')) return undefined;
  return {
    problem: `${list ? 'the "data" items have' : '"data" has'} no "guid"${declares(fields, list ? 'they declare' : 'it declares')}`,
    fix: `add "guid" to ${list ? 'them' : 'it'}`,
    schema: member,
  };
}

/** A to-many "data" without an `items` schema; an `items` one level too high says where it went. */
function missingItems(root: unknown, body: JsonObject, properties: Map<string, unknown>): RelationshipProblem {
  const misplaced = body.items !== undefined ? ' ("items" sits beside "properties", on the body, one level too high)' : properties.has('items') ? ' (a property named "items" sits beside "data")' : '';
  return {
    problem: `"data" is an array with no "items" schema${misplaced}`,
    fix: misplaced === '' ? 'give "data" an "items" schema { guid }' : 'move that "items" schema under "data"',
    schema: body,
    field: 'data',
  };
}

/**
 * The schema that declares a relationship's fields: itself, or the one allOf member that does
 * (`allOf: [ { $ref: RelationshipToOne }, { description } ]` is written in RelationshipToOne).
 */
function shapeOwner(root: unknown, schema: JsonObject, visited = new Set<unknown>()): JsonObject {
  visited.add(schema);
  if (isObject(schema.properties)) return schema;
  const shaped = asArray(schema.allOf)
    .map((member) => asObject(deref(root, member)))
    .filter((member) => !visited.has(member) && (isObject(member.properties) || Array.isArray(member.allOf)));
  return shaped.length === 1 ? shapeOwner(root, shaped[0], visited) : schema;
}

/** ` (it declares "a", "b")` (`they declare` for list items), or nothing when the schema declares no field. */
function declares(properties: Map<string, unknown>, subject = 'it declares'): string {
  return properties.size > 0 ? ` (${subject} ${quoted([...properties.keys()])})` : '';
}

/**
 * Where a relationship problem is reported: at the schema to change, in its own place (a shared
 * component once, whatever number of schemas and operations use it), on the field it names or on
 * the `properties` a missing field goes into. `fallback` is where the schema sits when it is not
 * a reachable one.
 */
export function problemPath(doc: Classification, { schema, field }: RelationshipProblem, fallback: JsonPath): JsonPath {
  const at = reachableSchemas(doc).pathOf.get(schema) ?? fallback;
  return field === undefined ? propertiesPath(doc, schema, at) : fieldPath(doc, schema, at, field);
}

/** `schema "Relationship"` when the finding sits in a component other than the place the message names (`named`). */
export function otherComponent(path: JsonPath, named: JsonPath): string | undefined {
  const inOther = path[0] === 'components' && path.length >= 3 && path.slice(0, 3).join('/') !== named.slice(0, 3).join('/');
  return inOther ? describeSchema(path.slice(0, 3)) : undefined;
}
