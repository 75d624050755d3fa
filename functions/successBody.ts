import { SUCCESS_WITH_BODY } from '../lib/classify';
import { asObject } from '../lib/json';
import { documentFunction } from '../lib/document-function';

/** S15: 200 and 201 carry a body (the resource); 204 carries none. */
export default documentFunction('successBody', null, (doc) =>
  doc.operations.flatMap((op) =>
    op.responses.flatMap((response) => {
      const hasContent = Object.keys(asObject(response.response.content)).length > 0;
      if (SUCCESS_WITH_BODY.has(response.code) && !hasContent) {
        return [{
          message: `${op.label} documents ${response.code} without a body; a ${response.code} returns the resource: declare its "content", or use 204 when nothing is returned.`,
          path: response.jsonPath,
        }];
      }
      if (response.code === '204' && hasContent) {
        return [{
          message: `${op.label} documents 204 with a body; 204 No Content carries none: remove "content", or use 200 to return the resource.`,
          path: [...response.jsonPath, 'content'],
        }];
      }
      return [];
    }),
  ),
);
