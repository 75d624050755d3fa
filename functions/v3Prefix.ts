import { documentFunction } from '../lib/document-function';

const API_ROOTS = new Set(['/', '/v3']);

/** S03: every path starts with `/v3/`; the API roots `/` and `/v3` are the only exceptions. */
export default documentFunction('v3Prefix', null, (doc) =>
  doc.paths
    .filter(({ path }) => !API_ROOTS.has(path) && !path.startsWith('/v3/'))
    .map(({ path }) => ({
      message: `Path "${path}" must start with "/v3/": move it under /v3 (only "/" and "/v3" are exempt).`,
      path: ['paths', path],
    })),
);
