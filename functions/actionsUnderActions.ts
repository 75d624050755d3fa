import { actionVerbsOption, namesAnAction } from '../lib/actions';
import { Classification, isParameterSegment, PathInfo } from '../lib/classify';
import { documentFunction } from '../lib/document-function';

/**
 * S25: an operation whose last path segment names an action (`cancel`, `start`, `apply_manifest`)
 * lives under `/actions/`, and `/actions/` hangs off a resource (`/v3/apps/{guid}/actions/start`)
 * or a collection, not off a namespace that is neither (`/v3/admin/actions/...`): no resource's
 * links could list it. Other POSTs of no known purpose are capi-verbs-post-purpose's.
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
      const owner = path.slice(0, path.lastIndexOf('/actions/'));
      return {
        message: `Action ${path} hangs off ${owner || '/'}, which is neither a resource nor a collection, so no resource's links can list it: actions are nested under /actions of the resource they act on; move it to …/{guid}/actions/${segments[segments.length - 1]} of that resource.`,
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
