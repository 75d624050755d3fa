import { documentFunction, stringList } from '../lib/document-function';
import { saysAllMustMatch } from '../lib/description-text';
import { queryParameters } from '../lib/query-parameters';

/**
 * E13 (spec edge cases, label selector AND logic): unlike every other filter, whose values are
 * alternatives (OR), a label selector's requirements must all match; its description says so.
 */
export default documentFunction<{ names: string[] }>('allMatchFilters',
  { names: stringList('Query parameters whose comma-separated requirements must all match (AND), unlike other filters (OR).', 'must be a list of query parameter names') },
  (doc, { names }) =>
    queryParameters(doc)
      .filter(({ name, parameter }) => names.includes(name) && !saysAllMustMatch(parameter.description))
      .map(({ name, path, operation, operations, parameter }) => ({
        message: `Query parameter "${name}" (${operation.label}${operations.length > 1 ? ` and ${operations.length - 1} more` : ''}) takes requirements that must all match (AND), unlike other filters (OR), but its description does not say so: add a sentence such as "Resources match only if they satisfy all of the requirements."`,
        path: typeof parameter.description === 'string' ? [...path, 'description'] : path,
      })),
);
