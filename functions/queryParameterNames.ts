import { documentFunction, stringList } from '../lib/document-function';
import { NAME_CHARACTERS, renameHint, RESOURCE_PATH } from '../lib/names';
import { queryParameters, splitBracket } from '../lib/query-parameters';

interface Options {
  /** Filter operators allowed in brackets: `created_ats[gt]`, `names[not]`. */
  operators: string[];
  /** Parameters whose brackets name a resource: `fields[space]`, `page[apps]`. */
  resourceBrackets: string[];
}


/**
 * S36, S42, S43: query parameter names contain only a-z and "_", apart from the guide's bracket
 * forms: `<filter>[lt|lte|gt|gte|not]` and `fields[<resource>]`, `page[<resource>]`.
 */
export default documentFunction<Options>('queryParameterNames',
  {
    operators: stringList('Filter operators allowed in brackets: created_ats[gt], names[not].', 'must be a list of operator names (lt, gte, not, ...)'),
    resourceBrackets: stringList('Parameters whose brackets name a resource: fields[space], page[apps].', 'must be a list of query parameter names'),
  },
  (doc, { operators, resourceBrackets }) =>
    queryParameters(doc).flatMap(({ name, path, operation }) => {
      const { base, bracket } = splitBracket(name);
      const where = `Query parameter "${name}" of ${operation.label}`;
      if (!NAME_CHARACTERS.test(base)) {
        return [{ message: `${where} must contain only lowercase letters a-z and "_": ${renameHint(base)}.`, path }];
      }
      if (bracket === undefined) return [];
      if (resourceBrackets.includes(base) ? RESOURCE_PATH.test(bracket) : operators.includes(bracket)) return [];
      const allowed = resourceBrackets.includes(base) ? 'a resource name such as "space.organization"' : operators.map((op) => `[${op}]`).join(', ');
      return [{ message: `${where} uses "[${bracket}]", which the style guide does not define: use ${allowed}.`, path }];
    }),
);
