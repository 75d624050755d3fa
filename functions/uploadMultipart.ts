import { documentFunction } from '../lib/document-function';
import { asObject, deref } from '../lib/json';

/** S68 (spec edge cases; guide: API Technologies): an upload endpoint accepts `multipart/form-data`. */
export default documentFunction('uploadMultipart', null, (doc) =>
  doc.operations
    .filter(({ kind }) => kind === 'upload')
    .flatMap(({ label, operation, jsonPath }) => {
      const content = asObject(asObject(deref(doc.root, operation.requestBody)).content);
      if ('multipart/form-data' in content) return [];
      const declared = Object.keys(content);
      return [{
        message: `${label} is an upload but its request body ${declared.length > 0 ? `accepts only ${declared.join(', ')}` : 'declares no content'}: accept "multipart/form-data" for the uploaded file.`,
        path: operation.requestBody === undefined ? jsonPath : [...jsonPath, 'requestBody'],
      }];
    }),
);
