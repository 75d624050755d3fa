import { documentFunction, methodsOption } from '../lib/document-function';

/** S08, S09: POST and PATCH requests take no query parameters; their input goes in the body. */
export default documentFunction<{ methods: string[] }>('noQueryParameters', methodsOption, (doc, { methods }) =>
  doc.operations
    .filter(({ method }) => methods.includes(method))
    .flatMap(({ label, method, parameters }) =>
      parameters
        .filter(({ parameter }) => parameter.in === 'query')
        .map(({ parameter, jsonPath }) => ({
          message: `${label} declares query parameter "${String(parameter.name)}"; ${method.toUpperCase()} requests must not take query parameters: move it into the request body.`,
          path: jsonPath,
        })),
    ),
);
