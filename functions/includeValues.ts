import { documentFunction } from '../lib/document-function';
import { RESOURCE_PATH } from '../lib/names';
import { declaredValues, queryParameters } from '../lib/query-parameters';


/** S48: each `include` value is a period-separated path of relationship names (`space.organization`). */
export default documentFunction('includeValues', null, (doc) =>
  queryParameters(doc)
    .filter(({ name }) => name === 'include')
    .flatMap(({ parameter, path, operation }) =>
      declaredValues(doc.root, parameter)
        .filter((value) => typeof value !== 'string' || !RESOURCE_PATH.test(value))
        .map((value) => ({
          message: `"include" of ${operation.label} allows ${JSON.stringify(value)}: each include value must be relationship names (a-z, "_") separated by periods, e.g. "space.organization".`,
          path,
        })),
    ),
);
