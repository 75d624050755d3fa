import { documentFunction } from '../lib/document-function';
import { callsItExperimental } from '../lib/experimental';

/** S66: an operation marked `x-experimental: true` says so in its description. */
export default documentFunction('experimentalDescribed', null, (doc) =>
  doc.operations
    .filter(({ operation }) => operation['x-experimental'] === true && !callsItExperimental(operation.description))
    .map(({ label, jsonPath, operation }) => ({
      message: `${label} is marked "x-experimental: true" but its description does not say so: add a sentence such as "This endpoint is experimental and may change."`,
      path: operation.description === undefined ? jsonPath : [...jsonPath, 'description'],
    })),
);
