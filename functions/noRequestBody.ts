import { documentFunction, methodsOption } from '../lib/document-function';

/** S07, S10: GET and DELETE requests carry no body (load balancers may drop DELETE bodies). */
export default documentFunction<{ methods: string[] }>('noRequestBody', methodsOption, (doc, { methods }) =>
  doc.operations
    .filter(({ method, operation }) => methods.includes(method) && operation.requestBody !== undefined)
    .map(({ label, method, jsonPath }) => ({
      message: `${label} declares a request body; ${method.toUpperCase()} requests must not have one: remove "requestBody" and pass the data as path or query parameters.`,
      path: [...jsonPath, 'requestBody'],
    })),
);
