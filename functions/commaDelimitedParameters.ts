import { documentFunction } from '../lib/document-function';
import { isArrayParameter, queryParameters, serialisation } from '../lib/query-parameters';

/**
 * S38: a query parameter with several values takes them as one comma-delimited value
 * (`?names=a,b`): `style: form` with `explode: false`. A bare array parameter means `?names=a&names=b`.
 */
export default documentFunction('commaDelimitedParameters', null, (doc) =>
  queryParameters(doc)
    // `fields` has a rule of its own (capi-fields-parameter), which also allows its deepObject form.
    .filter(({ name, parameter }) => name !== 'fields' && isArrayParameter(doc.root, parameter))
    .flatMap(({ name, parameter, path, operation }) => {
      const { style, explode } = serialisation(parameter);
      if (style === 'form' && !explode) return [];
      return [{
        message: `Query parameter "${name}" of ${operation.label} takes several values as ${style === 'form' ? `repeated parameters (?${name}=a&${name}=b)` : `style "${style}"`}: declare "style: form" and "explode: false" so it takes one comma-delimited value (?${name}=a,b).`,
        path,
      }];
    }),
);
