import { successResponses } from '../lib/classify';
import { documentFunction, stringList } from '../lib/document-function';
import { deref, isObject } from '../lib/json';
import { splitBracket } from '../lib/query-parameters';
import { mergeSchema } from '../lib/schema';

/** S49: an operation that accepts `include` (or `fields`) returns the included resources in an `included` object. */
export default documentFunction<{ parameters: string[] }>('includedObject',
  { parameters: stringList('Query parameters that ask for related resources in an included object (include, fields).', 'must be a list of query parameter names') },
  (doc, { parameters }) =>
    doc.operations.flatMap((operation) => {
      const accepted = operation.parameters
        .map(({ parameter }) => parameter)
        .find((parameter) => parameter.in === 'query' && parameters.includes(splitBracket(String(parameter.name)).base));
      if (!accepted) return [];
      return successResponses(operation)
        .filter(({ schema }) => isObject(deref(doc.root, schema)))
        .filter(({ schema }) => !mergeSchema(doc.root, schema, true).properties.has('included'))
        .map(({ code, jsonPath }) => ({
          message: `${operation.label} accepts "${String(accepted.name)}" but its ${code} response has no "included" object: add "included" for the included resources.`,
          path: jsonPath,
        }));
    }),
);
