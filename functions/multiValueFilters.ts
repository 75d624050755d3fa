import { documentFunction } from '../lib/document-function';
import { asArray, asObject, deref } from '../lib/json';
import { isPluralName } from '../lib/names';
import { listFilters, notFiltersOption } from '../lib/query-parameters';
import { allowsType } from '../lib/schema';

/**
 * S39: every filter on a list endpoint accepts several values: an array, or a plural-named
 * free-form string that carries a comma-delimited list (`created_ats`). Operator forms
 * (`created_ats[gt]`) compare with one value; a boolean filter is capi-filters-boolean-values'.
 */
export default documentFunction<{ notFilters: string[] }>('multiValueFilters',
  notFiltersOption,
  (doc, { notFilters }) =>
    listFilters(doc, notFilters)
      .filter(({ name, parameter }) => !acceptsSeveralValues(doc.root, name, parameter.schema) && !allowsType(doc.root, parameter.schema, 'boolean'))
      .map(({ name, path, operations }) => ({
        message: `Filter "${name}" of ${operations.find(({ kind }) => kind === 'list')?.label} takes a single value: filters must accept a comma-delimited list; declare it as a plural-named array with "style: form" and "explode: false".`,
        path,
      })),
);

function acceptsSeveralValues(root: unknown, name: string, schema: unknown): boolean {
  if (allowsType(root, schema, 'array')) return true;
  const resolved = asObject(deref(root, schema));
  return allowsType(root, resolved, 'string') && asArray(resolved.enum).length === 0 && isPluralName(name);
}
