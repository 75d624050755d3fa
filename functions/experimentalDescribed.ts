import { documentFunction } from '../lib/document-function';
import { callsItExperimental, experimentalClaim } from '../lib/experimental';

/**
 * S66: an operation marked `x-experimental: true` says so in its description. One whose
 * description calls only a part of it experimental (an option, a case) is told that the marker
 * says more than that: move it to the part, or say that the whole is.
 */
export default documentFunction('experimentalDescribed', null, (doc) =>
  doc.operations
    .filter(({ operation }) => operation['x-experimental'] === true && !callsItExperimental(operation.description))
    .map(({ label, jsonPath, operation }) => {
      const claim = experimentalClaim(operation.description);
      const path = operation.description === undefined ? jsonPath : [...jsonPath, 'description'];
      if (claim !== undefined && claim !== 'whole') {
        return {
          message: `${label} is marked "x-experimental: true", which makes the whole operation experimental, but its description calls only a part of it so (${claim.part}): if only that part is, move the marker to its field, parameter or oneOf variant schema; if the whole operation is, say so in the description.`,
          path,
        };
      }
      return {
        message: `${label} is marked "x-experimental: true" but its description does not say so: add a sentence such as "This endpoint is experimental and may change."`,
        path,
      };
    }),
);
