import { asObject, deref } from './json';
import { quoted } from './names';
import { allowsType, mergeSchema } from './schema';

export const ERROR_FIELDS = ['detail', 'title', 'code'];

/** What keeps an error object schema from `{ detail, title, code }`, all required. */
export function errorObjectProblems(root: unknown, schema: unknown): string[] {
  const merged = mergeSchema(root, schema);
  const absent = ERROR_FIELDS.filter((name) => !merged.properties.has(name));
  if (absent.length > 0) return [`error objects have no ${quoted(absent)}`];
  const optional = ERROR_FIELDS.filter((name) => !merged.required.has(name));
  return optional.length > 0 ? [`error objects do not require ${quoted(optional)}`] : [];
}

/** What keeps an error body schema from `{ errors: [ { detail, title, code } ] }` with at least one error. */
export function errorBodyProblems(root: unknown, schema: unknown): string[] {
  const merged = mergeSchema(root, schema);
  const errors = merged.properties.get('errors');
  if (errors === undefined) return ['it has no "errors" list'];
  const problems: string[] = [];
  if (!merged.required.has('errors')) problems.push('"errors" is not required');
  if (!allowsType(root, errors, 'array')) return [...problems, '"errors" is not an array'];
  const list = asObject(deref(root, errors));
  if (typeof list.minItems !== 'number' || list.minItems < 1) problems.push('"errors" does not declare "minItems: 1"');
  return [...problems, ...errorObjectProblems(root, list.items)];
}
