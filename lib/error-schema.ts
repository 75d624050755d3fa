import { asObject, deref, isObject, JsonPath } from './json';
import { quoted } from './names';
import { allowsType, mergeSchema } from './schema';

export const ERROR_FIELDS = ['detail', 'title', 'code'];

/** A problem of a schema, and where in it (a path relative to the schema) the fix goes. */
export interface SchemaProblem {
  text: string;
  at: JsonPath;
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

/** What keeps an error body schema from `{ errors: [ { detail, title, code } ] }` with at least one error. */
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
  const itemsAt = errorsAt.length > 0 && isObject(list.items) ? [...errorsAt, 'items'] : errorsAt;
  return [
    ...problems,
    ...errorObjectProblems(root, list.items).map(({ text, at }) => ({ text, at: itemsAt.length > 0 ? [...itemsAt, ...at] : itemsAt })),
  ];
}
