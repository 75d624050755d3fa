import { oncePer } from './cache';
import type { Classification, OperationInfo, ResponseInfo } from './classify';
import { asObject, deref, isObject, JsonObject, JsonPath } from './json';
import { quoted } from './names';
import { allowsType, mergeSchema } from './schema';
import { reachableSchemas } from './schema-walk';
import { isErrorCode } from './status';

export const ERROR_FIELDS = ['detail', 'title', 'code'];

/** A problem of a schema, and where in it (a path relative to the schema) the fix goes. */
export interface SchemaProblem {
  text: string;
  at: JsonPath;
}

/** One error response (4xx, 5xx) of an operation. */
export interface ErrorResponseUse {
  op: OperationInfo;
  response: ResponseInfo;
}

export interface ErrorBodies {
  /** Each distinct JSON schema of an error response, with the responses that use it, in document order. */
  uses: Map<unknown, ErrorResponseUse[]>;
  /** The error object schema of each body's `errors` list (resolved), with the bodies that list it. */
  envelopesOf: Map<unknown, unknown[]>;
}

/** The error bodies of a document, once per classification. */
export const errorBodies = oncePer((doc: Classification): ErrorBodies => {
  const uses = new Map<unknown, ErrorResponseUse[]>();
  for (const op of doc.operations) {
    for (const response of op.responses) {
      if (!isErrorCode(response.code) || response.schema === undefined) continue;
      const schema = deref(doc.root, response.schema);
      const list = uses.get(schema) ?? [];
      if (list.length === 0) uses.set(schema, list);
      list.push({ op, response });
    }
  }
  const envelopesOf = new Map<unknown, unknown[]>();
  for (const body of uses.keys()) {
    const items = errorItemsOf(doc.root, body);
    if (items === undefined) continue;
    const envelopes = envelopesOf.get(items) ?? [];
    if (envelopes.length === 0) envelopesOf.set(items, envelopes);
    envelopes.push(body);
  }
  return { uses, envelopesOf };
});

/** The items schema (resolved) of a body's `errors` array, when it has one. */
export function errorItemsOf(root: unknown, body: unknown): JsonObject | undefined {
  const errors = mergeSchema(root, body).properties.get('errors');
  if (errors === undefined || !allowsType(root, errors, 'array')) return undefined;
  const items = deref(root, asObject(deref(root, errors)).items);
  return isObject(items) ? items : undefined;
}

/**
 * Where a schema is written, for a rule that reports at references: its component, else the
 * place the walk from the operations first met it, else `fallback`.
 */
export function writtenSchemaPath(doc: Classification, schema: unknown, fallback: JsonPath): JsonPath {
  return doc.componentPath(schema) ?? (isObject(schema) ? reachableSchemas(doc).pathOf.get(schema) : undefined) ?? fallback;
}

/** `required` when the schema has that list, else `properties` when it has those, else the schema. */
function requiredAt(root: unknown, schema: unknown): JsonPath {
  const resolved = asObject(deref(root, schema));
  if (Array.isArray(resolved.required)) return ['required'];
  return isObject(resolved.properties) ? ['properties'] : [];
}

function propertiesAt(root: unknown, schema: unknown): JsonPath {
  return isObject(asObject(deref(root, schema)).properties) ? ['properties'] : [];
}

/** What keeps an error object schema from `{ detail, title, code }`, all required. */
export function errorObjectProblems(root: unknown, schema: unknown): SchemaProblem[] {
  const merged = mergeSchema(root, schema);
  const absent = ERROR_FIELDS.filter((name) => !merged.properties.has(name));
  if (absent.length > 0) return [{ text: `error objects have no ${quoted(absent)}`, at: propertiesAt(root, schema) }];
  const optional = ERROR_FIELDS.filter((name) => !merged.required.has(name));
  return optional.length > 0 ? [{ text: `error objects do not require ${quoted(optional)}`, at: requiredAt(root, schema) }] : [];
}

/**
 * True for a body schema that is one error object rather than `{ errors: [...] }`: it has no
 * `errors` list, and it is the item schema of another error body's list or declares a field of one.
 */
export function isBareErrorObject(root: unknown, schema: unknown, listedAsItem: boolean): boolean {
  const properties = mergeSchema(root, schema).properties;
  return !properties.has('errors') && (listedAsItem || ERROR_FIELDS.some((name) => properties.has(name)));
}

/**
 * What keeps an error body schema from `{ errors: [...] }` with at least one error. The error
 * objects of an `items` schema are errorObjectProblems' (reported where that schema is written);
 * a list without `items` has its error objects' problems here, at the list.
 */
export function errorBodyProblems(root: unknown, schema: unknown): SchemaProblem[] {
  const merged = mergeSchema(root, schema);
  const errors = merged.properties.get('errors');
  if (errors === undefined) return [{ text: 'it has no "errors" list', at: propertiesAt(root, schema) }];
  const problems: SchemaProblem[] = [];
  const errorsAt = 'errors' in asObject(asObject(deref(root, schema)).properties) ? ['properties', 'errors'] : [];
  if (!merged.required.has('errors')) problems.push({ text: '"errors" is not required', at: requiredAt(root, schema) });
  if (!allowsType(root, errors, 'array')) return [...problems, { text: '"errors" is not an array', at: errorsAt }];
  const list = asObject(deref(root, errors));
  if (typeof list.minItems !== 'number' || list.minItems < 1) problems.push({ text: '"errors" does not declare "minItems: 1"', at: errorsAt });
  if (!isObject(list.items)) problems.push(...errorObjectProblems(root, undefined).map(({ text }) => ({ text, at: errorsAt })));
  return problems;
}
