import { documentFunction } from '../lib/document-function';
import { codesOption } from '../lib/status';

/** S18: every documented status code is one the style guide lists (`default` is not a code). */
export default documentFunction<{ codes: string[] }>('knownStatusCodes', codesOption, (doc, { codes }) =>
  doc.operations.flatMap((op) =>
    op.responses
      .filter(({ code }) => code !== 'default' && !codes.includes(code))
      .map((response) => ({
        message: `${op.label} documents ${response.code}, which is not among the style guide's status codes (${codes.join(', ')}): use the one that fits, or add ${response.code} to this rule's "codes" option.`,
        path: response.jsonPath,
      })),
  ),
);
