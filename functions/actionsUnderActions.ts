import { actionVerbsOption, namesAnAction } from '../lib/actions';
import { Classification, isParameterSegment, PathInfo } from '../lib/classify';
import { documentFunction } from '../lib/document-function';

/**
 * S25: an operation whose last path segment names an action (`cancel`, `start`, `apply_manifest`)
 * lives under `/actions/`, and `/actions/` hangs off a resource (`/v3/apps/{guid}/actions/start`)
 * or a collection, not off a namespace that is neither (`/v3/admin/actions/...`): no resource's
 * links could list it. Its advice names the resource above such a path when there is one; where
 * none is, the action acts on no single resource, and the message says so rather than point at
 * a resource that does not exist. Other POSTs of no known purpose are capi-verbs-post-purpose's.
 */
export default documentFunction<{ verbs: string[] }>('actionsUnderActions', actionVerbsOption, (doc, { verbs }) => [
  ...doc.operations
    // A GET reads; it triggers nothing, whatever its path is called.
    .filter(({ method, pathInfo }) => method !== 'get' && pathInfo.kind !== 'action' && namesAnAction(pathInfo.segments[pathInfo.segments.length - 1], verbs))
    .map(({ label, path, pathInfo, jsonPath }) => {
      const name = pathInfo.segments[pathInfo.segments.length - 1];
      const target = `${path.slice(0, path.lastIndexOf(`/${name}`))}/actions/${name}`;
      const exists = doc.operations.some((op) => op.path === target && op.method === 'post');
      return {
        message: exists
          ? `${label} triggers the action "${name}" outside /actions/, as an alias of POST ${target}, which exists: remove this alias (actions are nested under /actions and use POST).`
          : `${label} triggers the action "${name}" outside /actions/: actions are nested under /actions, move it to POST ${target}.`,
        path: jsonPath,
      };
    }),
  ...doc.paths
    .filter((pathInfo) => pathInfo.kind === 'action' && !underResourceOrCollection(doc, pathInfo))
    .map(({ path, segments }) => {
      const name = segments[segments.length - 1];
      const owner = path.slice(0, path.lastIndexOf('/actions/'));
      const resource = resourceAbove(owner);
      const there = `${owner || '/'}, which is neither a resource nor a collection (${whatIsAt(doc, owner)})`;
      return {
        message: resource
          ? `Action ${path} hangs off ${there}, so no resource's links can list it: actions are nested under /actions of the resource they act on; move it to ${resource}/actions/${name}, under the resource it lies in, and list it in that resource's links.`
          : `Action ${path} hangs off ${there}, and no resource lies above it, so it acts on no single resource and no resource's links can list it: the guide nests every action under /actions of the resource it acts on. If it acts on the members of one collection, move it to that collection's /actions/${name}; if it acts on no resource, the guide has no place for it: keep it, and record the exception (an override or a baseline entry for this path).`,
        path: ['paths', path],
      };
    }),
]);

/** The segment before `actions` is a resource identifier, or the path up to it is a collection. */
function underResourceOrCollection(doc: Classification, { path, segments }: PathInfo): boolean {
  const owner = segments[segments.length - 3];
  if (owner !== undefined && isParameterSegment(owner)) return true;
  const kind = doc.pathByKey.get(path.slice(0, path.lastIndexOf('/actions/')))?.kind;
  return kind === 'collection' || kind === 'nested-collection';
}

/** The nearest path above `owner` (or `owner` itself) that ends in an identifier: a resource the action lies in. */
function resourceAbove(owner: string): string | undefined {
  const parts = owner.split('/');
  for (let end = parts.length; end > 0; end--) {
    if (isParameterSegment(parts[end - 1])) return parts.slice(0, end).join('/');
  }
  return undefined;
}

/** What the spec has at the path an action hangs off. */
function whatIsAt(doc: Classification, owner: string): string {
  const kind = doc.pathByKey.get(owner || '/')?.kind;
  if (kind === undefined) return 'the spec has no endpoint there';
  if (kind === 'root') return 'it is a root document of links';
  if (kind === 'pseudo-resource') return 'it is a pseudo-resource, with no identifier of its own';
  return `it is ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind.replace(/-/g, ' ')} endpoint`;
}
