import { actionVerbsOption, namesAnAction } from '../lib/actions';
import { documentFunction } from '../lib/document-function';

/**
 * S25: an operation whose last path segment names an action (`cancel`, `start`, `apply_manifest`)
 * lives under `/actions/`. Other POSTs of no known purpose are capi-verbs-post-purpose's.
 */
export default documentFunction<{ verbs: string[] }>('actionsUnderActions', actionVerbsOption, (doc, { verbs }) =>
  doc.operations
    // A GET reads; it triggers nothing, whatever its path is called.
    .filter(({ method, pathInfo }) => method !== 'get' && pathInfo.kind !== 'action' && namesAnAction(pathInfo.segments[pathInfo.segments.length - 1], verbs))
    .map(({ label, path, pathInfo, jsonPath }) => {
      const name = pathInfo.segments[pathInfo.segments.length - 1];
      return {
        message: `${label} triggers the action "${name}" outside /actions/: actions are nested under /actions, move it to POST ${path.slice(0, path.lastIndexOf(`/${name}`))}/actions/${name}.`,
        path: jsonPath,
      };
    }),
);
