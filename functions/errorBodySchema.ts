import { ResponseInfo, OperationInfo } from '../lib/classify';
import { documentFunction } from '../lib/document-function';
import { errorBodyProblems } from '../lib/error-schema';
import { asObject } from '../lib/json';
import { isErrorCode } from '../lib/status';

interface Use {
  op: OperationInfo;
  response: ResponseInfo;
}

/**
 * S19: every 4xx/5xx body is the JSON `{ errors: [ { detail, title, code } ] }`, the list
 * required and non-empty. Reported once per schema (the official spec shares one across ~1000
 * responses), at the schema's own definition; a body offered in another media type (`text/html`)
 * once per response, at that media type.
 */
export default documentFunction('errorBodySchema', null, (doc) => {
  const uses = new Map<unknown, Use[]>();
  const responses = new Map<unknown, Use>();
  for (const op of doc.operations) {
    for (const response of op.responses) {
      if (!isErrorCode(response.code)) continue;
      if (!responses.has(response.response)) responses.set(response.response, { op, response });
      if (response.schema === undefined) continue;
      const list = uses.get(response.schema) ?? [];
      if (list.length === 0) uses.set(response.schema, list);
      list.push({ op, response });
    }
  }
  const notJson = [...responses.values()].flatMap(({ op, response }) => {
    const shared = doc.componentPath(response.response);
    const which = shared ? `Error response "${shared[shared.length - 1]}" (${op.label} ${response.code})` : `${op.label} ${response.code}`;
    return Object.keys(asObject(response.response.content))
      .filter((mediaType) => !isJson(mediaType))
      .map((mediaType) => ({
        message: `${which} offers the error body as "${mediaType}"; every error body is the JSON object { errors: [ { detail, title, code } ] }: remove "${mediaType}".`,
        path: [...(shared ?? response.jsonPath), 'content', mediaType],
      }));
  });
  const schemas = [...uses.entries()].flatMap(([schema, [first, ...more]]) => {
    const mediaType = first.response.mediaType ?? 'application/json';
    const where = `${first.op.label} ${first.response.code}${more.length > 0 ? ` and ${more.length} more error responses` : ''}`;
    return errorBodyProblems(doc.root, schema).map(({ text, at }) => ({
      message: `Error body schema of ${where}: ${text}; error bodies are { errors: [ { detail, title, code } ] } with at least one error, all three fields required.`,
      path: [...first.response.jsonPath, 'content', mediaType, 'schema', ...at],
    }));
  });
  return [...notJson, ...schemas];
});

/** `application/json` or a `+json` type; the guide makes every error body JSON. */
function isJson(mediaType: string): boolean {
  return /^application\/([\w.-]+\+)?json(;|$)/.test(mediaType);
}
