import { isParameterSegment, successResponses } from '../lib/classify';
import { documentFunction } from '../lib/document-function';

/**
 * S75 (GET > Responses > List Collection): a list addresses nothing that can be missing: a user
 * who can see nothing gets 200 with an empty list, never 404. A list is told by its body (a
 * collection: `resources`, `pagination`), not by its path: a GET without path parameters that
 * shows one object (`/v3/info`, the root documents) follows the guide's "show resource" table,
 * where 404 is allowed.
 */
export default documentFunction('getWithoutParametersNotFound', null, (doc) =>
  doc.operations
    .filter((op) => op.method === 'get' && !op.pathInfo.segments.some(isParameterSegment))
    .filter((op) => successResponses(op).some(({ schema }) => schema !== undefined && doc.schemaKind(schema) === 'collection'))
    .flatMap((op) =>
      op.responses
        .filter(({ code }) => code === '404')
        .map(({ jsonPath }) => ({
          message: `${op.label} is a list but documents 404: a list answers 200 with an empty list to a user who cannot see anything: remove the 404.`,
          path: jsonPath,
        })),
    ),
);
