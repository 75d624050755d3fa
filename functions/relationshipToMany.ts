import { isParameterSegment } from '../lib/classify';
import { documentFunction } from '../lib/document-function';
import { bodyProblems } from '../lib/relationship-schema';

const METHODS = ['get', 'post', 'patch'];

/**
 * S46: a to-many relationship is viewed (GET), added to (POST) and replaced (PATCH) as
 * `{ data: [ { guid } ] }`; a member is removed with `DELETE …/relationships/<name>/{guid}`, and
 * nothing else is nested below a relationship.
 */
export default documentFunction('relationshipToMany', null, (doc) => {
  const reported = new Set<string>();
  const operations = doc.operations.flatMap((op) => {
    const { kind } = op.pathInfo;
    const verb = op.method.toUpperCase();
    if (kind === 'relationship-member' && op.method !== 'delete') {
      return [{
        message: `${op.label}: a relationship member only supports DELETE (removing it from the relationship): remove ${verb}.`,
        path: op.jsonPath,
      }];
    }
    if (kind !== 'relationship-to-many') return [];
    if (!METHODS.includes(op.method)) {
      return [{
        message: `${op.label}: a to-many relationship takes GET (view), POST (add) and PATCH (replace)${op.method === 'delete' ? `; remove members one at a time with DELETE ${op.path}/{guid}` : ''}: remove ${verb}.`,
        path: op.jsonPath,
      }];
    }
    return bodyProblems(doc, op, true, reported).map(({ label, component, problem, fix, path }) => ({
      message: `${label}${component ? ` (${component})` : ''}: ${problem}; a to-many relationship body is { data: [ { guid } ] }: ${fix}.`,
      path,
    }));
  });
  const nested = doc.paths.flatMap(({ path, segments }) => {
    const at = segments.indexOf('relationships');
    if (at < 0 || segments.length <= at + 2) return [];
    const isMember = segments.length === at + 3 && isParameterSegment(segments[at + 2]);
    if (isMember) return [];
    const relationship = `${path.slice(0, path.indexOf('/relationships/'))}/relationships/${segments[at + 1]}`;
    return [{
      message: `Path "${path}" nests "${segments.slice(at + 2).join('/')}" below the relationship ${relationship}: only ${relationship}/{guid} (to remove one member) may follow a relationship; move it elsewhere.`,
      path: ['paths', path],
    }];
  });
  return [...operations, ...nested];
});
