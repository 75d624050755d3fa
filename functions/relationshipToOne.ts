import { documentFunction } from '../lib/document-function';
import { bodyProblems } from '../lib/relationship-schema';

const METHODS = ['get', 'patch'];

/** S45: a to-one relationship is viewed (GET) and set or cleared (PATCH) as `{ data: { guid } }`. */
export default documentFunction('relationshipToOne', null, (doc) => {
  const reported = new Set<string>();
  return doc.operations
    .filter(({ pathInfo }) => pathInfo.kind === 'relationship-to-one')
    .flatMap((op) => {
      if (!METHODS.includes(op.method)) {
        return [{
          message: `${op.label}: a to-one relationship is only viewed (GET) and set or cleared (PATCH with { data: { guid } } or { data: null }): remove ${op.method.toUpperCase()}.`,
          path: op.jsonPath,
        }];
      }
      return bodyProblems(doc, op, false, reported).map(({ label, component, problem, fix, path }) => ({
        message: `${label}${component ? ` (${component})` : ''}: ${problem}; a to-one relationship body is { data: { guid } } (data may be null): ${fix}.`,
        path,
      }));
    });
});
