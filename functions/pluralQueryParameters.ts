import { documentFunction, stringList } from '../lib/document-function';
import { isPluralName, pluralName } from '../lib/names';
import { isArrayParameter, queryParameters, splitBracket } from '../lib/query-parameters';

/** S37: a query parameter that takes several values (an array) has a plural name; `include` and `fields` are the guide's own. */
export default documentFunction<{ allowed: string[] }>('pluralQueryParameters',
  { allowed: stringList('Array query parameter names allowed to be singular (include, fields, embed).', 'must be a list of query parameter names') },
  (doc, { allowed }) =>
    queryParameters(doc)
      .filter(({ name, parameter }) => isArrayParameter(doc.root, parameter) && !allowed.includes(splitBracket(name).base))
      .filter(({ name }) => !isPluralName(splitBracket(name).base))
      .map(({ name, path, operation }) => ({
        message: `Query parameter "${name}" of ${operation.label} takes several values and must be plural: rename it to "${pluralName(splitBracket(name).base)}".`,
        path,
      })),
);
