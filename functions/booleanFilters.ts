import { documentFunction } from '../lib/document-function';
import { listFilters, notFiltersOption } from '../lib/query-parameters';
import { allowsType } from '../lib/schema';

/**
 * S39 for booleans: the guide says every filter accepts a comma-delimited list, but a boolean
 * filter takes one value, and `true,false` would filter nothing. Reported for a user to decide.
 */
export default documentFunction<{ notFilters: string[] }>('booleanFilters',
  notFiltersOption,
  (doc, { notFilters }) =>
    listFilters(doc, notFilters)
      .filter(({ parameter }) => allowsType(doc.root, parameter.schema, 'boolean') && !allowsType(doc.root, parameter.schema, 'array'))
      .map(({ name, path, operations }) => ({
        message: `Filter "${name}" of ${operations.find(({ kind }) => kind === 'list')?.label} is a boolean and takes one value, while the guide says filters accept a comma-delimited list: a list of true and false would filter nothing, so keep it single-valued if that is intended, or make it a list.`,
        path,
      })),
);
