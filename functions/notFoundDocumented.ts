import { isParameterSegment } from '../lib/classify';
import { documentFunction } from '../lib/document-function';

/** S17: an operation on a path with parameters answers 404 for a missing or unreadable resource. */
export default documentFunction('notFoundDocumented', null, (doc) =>
  doc.operations
    .filter((op) => op.pathInfo.segments.some(isParameterSegment) && !op.responses.some(({ code }) => code === '404'))
    .map((op) => ({
      message: `${op.label} addresses a resource by path parameter but documents no 404: add a 404 Not Found response (returned when it does not exist or the user cannot see it).`,
      path: [...op.jsonPath, 'responses'],
    })),
);
