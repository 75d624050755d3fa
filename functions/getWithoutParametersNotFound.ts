import { isParameterSegment } from '../lib/classify';
import { documentFunction } from '../lib/document-function';

/**
 * S75 (GET > Responses > List Collection): a GET on a path without path parameters (a list, the
 * root documents) addresses nothing that can be missing: a user who can see nothing gets 200 with
 * an empty list, never 404.
 */
export default documentFunction('getWithoutParametersNotFound', null, (doc) =>
  doc.operations
    .filter((op) => op.method === 'get' && !op.pathInfo.segments.some(isParameterSegment))
    .flatMap((op) =>
      op.responses
        .filter(({ code }) => code === '404')
        .map(({ jsonPath }) => ({
          message:
            op.kind === 'list'
              ? `${op.label} is a list but documents 404: a list answers 200 with an empty list to a user who cannot see anything: remove the 404.`
              : `${op.label} has no path parameter, so it addresses nothing that can be missing, but documents 404: remove the 404.`,
          path: jsonPath,
        })),
    ),
);
