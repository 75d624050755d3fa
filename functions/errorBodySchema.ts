import { ResponseInfo, OperationInfo } from '../lib/classify';
import { documentFunction } from '../lib/document-function';
import { errorBodyProblems } from '../lib/error-schema';
import { isErrorCode } from '../lib/status';

interface Use {
  op: OperationInfo;
  response: ResponseInfo;
}

/**
 * S19: every 4xx/5xx JSON body is `{ errors: [ { detail, title, code } ] }`, the list required
 * and non-empty. Reported once per schema (the official spec shares one across ~1000 responses),
 * at the schema's own definition.
 */
export default documentFunction('errorBodySchema', null, (doc) => {
  const uses = new Map<unknown, Use[]>();
  for (const op of doc.operations) {
    for (const response of op.responses) {
      if (!isErrorCode(response.code) || response.schema === undefined) continue;
      const list = uses.get(response.schema) ?? [];
      if (list.length === 0) uses.set(response.schema, list);
      list.push({ op, response });
    }
  }
  return [...uses.entries()].flatMap(([schema, [first, ...more]]) => {
    const mediaType = first.response.mediaType ?? 'application/json';
    const where = `${first.op.label} ${first.response.code}${more.length > 0 ? ` and ${more.length} more error responses` : ''}`;
    return errorBodyProblems(doc.root, schema).map((problem) => ({
      message: `Error body schema of ${where}: ${problem}; error bodies are { errors: [ { detail, title, code } ] } with at least one error, all three fields required.`,
      path: [...first.response.jsonPath, 'content', mediaType, 'schema'],
    }));
  });
});
