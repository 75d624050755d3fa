import { documentFunction } from '../lib/document-function';
import { describesEmptyValue } from '../lib/description-text';
import { queryParameters } from '../lib/query-parameters';

/**
 * E07 (spec edge cases, empty value semantics): a query parameter whose description gives an
 * empty value a meaning (`stacks=` for "no stack", `hosts=a,,b`) declares `allowEmptyValue: true`,
 * and one that declares it says in its description what an empty value means.
 */
export default documentFunction('emptyValueParameters', null, (doc) =>
  queryParameters(doc).flatMap(({ parameter, name, path, operation, operations }) => {
    const where = `${operation.label}${operations.length > 1 ? ` and ${operations.length - 1} more` : ''}`;
    const described = describesEmptyValue(parameter.description);
    if (described && parameter.allowEmptyValue !== true) {
      return [{
        message: `Query parameter "${name}" (${where}) gives an empty value a meaning in its description but does not declare it: add "allowEmptyValue: true" so clients and validators accept "${name}=".`,
        path,
      }];
    }
    if (!described && parameter.allowEmptyValue === true) {
      return [{
        message: `Query parameter "${name}" (${where}) declares "allowEmptyValue: true" but its description does not say what an empty value means: add a sentence such as "An empty value (${name}=) selects ...".`,
        path: [...path, 'allowEmptyValue'],
      }];
    }
    return [];
  }),
);
