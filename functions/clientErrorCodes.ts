import { documentFunction } from '../lib/document-function';
import { codesByKeyOption, orList } from '../lib/status';

/**
 * S16: each verb documents only the client-error codes the guide lists for it (403 and 422 are not
 * GET codes). Codes no verb lists are left to capi-status-known-codes.
 */
export default documentFunction<{ codes: Record<string, string[]> }>('clientErrorCodes', codesByKeyOption('Client-error codes (4xx) allowed per HTTP method (get, post, patch, delete).'), (doc, { codes }) => {
  const listed = new Set(Object.values(codes).flat());
  return doc.operations.flatMap((op) => {
    const allowed = codes[op.method];
    if (!allowed) return [];
    const verb = op.method.toUpperCase();
    return op.responses
      .filter(({ code }) => listed.has(code) && !allowed.includes(code))
      .map((response) => ({
        message: `${op.label} documents ${response.code}, which the style guide does not list for ${verb} (${verb} client errors are ${orList(allowed)}): remove it or return one of those.`,
        path: response.jsonPath,
      }));
  });
});
