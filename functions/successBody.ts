import { SUCCESS_WITH_BODY } from '../lib/classify';
import { asObject, JsonObject } from '../lib/json';
import { documentFunction } from '../lib/document-function';

/**
 * S15: 200 and 201 carry a body (the resource); 204 carries none. A 200 or 201 with no body but a
 * `Location` header is documented as a 202 is (`POST …/manifest_diff`, whose 201 names the job
 * that computes the diff): it is told so, not asked for a resource it may not make. Only a
 * DELETE is pointed to 204 when nothing is returned: the guide lists 204 for DELETE alone (a
 * POST action answers 200 with the resource, or 202 with a job; capi-status-success-codes). An
 * action that returns nothing (a purge) is told that the guide has no code for that, not asked
 * for a body it may not have.
 */
export default documentFunction('successBody', null, (doc) =>
  doc.operations.flatMap((op) =>
    op.responses.flatMap((response) => {
      const hasContent = Object.keys(asObject(response.response.content)).length > 0;
      if (SUCCESS_WITH_BODY.has(response.code) && !hasContent && namesAJob(response.response)) {
        const remedy = op.responses.some(({ code }) => code === '202') ? 'remove it (the operation documents that 202 already)' : 'document it as 202';
        return [{
          message: `${op.label} documents ${response.code} without a body but with a Location header, as a 202 Accepted names its job; a ${response.code} returns the resource: if the work goes on after the response, ${remedy}; else declare the resource as its "content".`,
          path: response.jsonPath,
        }];
      }
      if (SUCCESS_WITH_BODY.has(response.code) && !hasContent && op.kind === 'action') {
        return [{
          message: `${op.label} documents ${response.code} without a body; an action's ${response.code} returns the resource it acted on: declare that resource as its "content"; if the action returns nothing, the guide has no code for it (204 is for DELETE): keep it and record the deviation (an override).`,
          path: response.jsonPath,
        }];
      }
      if (SUCCESS_WITH_BODY.has(response.code) && !hasContent) {
        return [{
          message: `${op.label} documents ${response.code} without a body; a ${response.code} returns the resource: declare its "content"${op.method === 'delete' ? ', or use 204 when nothing is returned' : ''}.`,
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

function namesAJob(response: JsonObject): boolean {
  return Object.keys(asObject(response.headers)).some((name) => name.toLowerCase() === 'location');
}
