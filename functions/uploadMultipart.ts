import { documentFunction } from '../lib/document-function';
import { asObject, deref } from '../lib/json';

const MULTIPART = 'multipart/form-data';

/**
 * S68 (spec edge cases; guide: API Technologies, "request bodies requiring file uploads will be
 * multipart form data"): an upload endpoint accepts `multipart/form-data`, and only that.
 */
export default documentFunction('uploadMultipart', null, (doc) =>
  doc.operations
    .filter(({ kind }) => kind === 'upload')
    .flatMap(({ label, operation, jsonPath }) => {
      const content = asObject(asObject(deref(doc.root, operation.requestBody)).content);
      const declared = Object.keys(content);
      if (!(MULTIPART in content)) {
        return [{
          message: `${label} is an upload but its request body ${declared.length > 0 ? `accepts only ${declared.join(', ')}` : 'declares no content'}: accept "${MULTIPART}" for the uploaded file.`,
          path: operation.requestBody === undefined ? jsonPath : [...jsonPath, 'requestBody'],
        }];
      }
      return declared
        .filter((mediaType) => mediaType !== MULTIPART)
        .map((mediaType) => ({
          message: `${label} is an upload but its request body also accepts "${mediaType}": file uploads are ${MULTIPART}; remove "${mediaType}".`,
          path: [...jsonPath, 'requestBody', 'content', mediaType],
        }));
    }),
);
