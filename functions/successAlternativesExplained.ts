import { documentFunction } from '../lib/document-function';
import type { ResponseInfo } from '../lib/classify';

/** What a success response's description says when it only names its code. */
const REASON_PHRASES = new Set(['ok', 'created', 'accepted', 'no content', 'success', 'successful']);

/** A description that says nothing beyond the status: empty, or its reason phrase ("Created", "202 Accepted."). */
function onlyNamesTheCode(description: unknown): boolean {
  if (typeof description !== 'string') return true;
  // Short enough to compare with the phrases; a trailing-punctuation pattern would rescan a long run of dots.
  const text = description.trim().toLowerCase();
  if (text.length > 40) return false;
  const words = text.replace(/[.!]+$/, '').replace(/^\d{3}\s*/, '');
  return words === '' || REASON_PHRASES.has(words);
}

/**
 * E03 (spec edge cases, "201 Created for user-provided, 202 Accepted for managed service
 * instances"; guideline "include detailed descriptions for conditional behavior"): an operation
 * that documents two or more success codes says when each is returned, in the response's
 * description or by naming the code in the operation's description. Which code a request gets is
 * decided at runtime; that there are alternatives is in the document, and so is whether it explains them.
 */
export default documentFunction('successAlternativesExplained', null, (doc) =>
  doc.operations.flatMap(({ label, operation, responses }) => {
    const successes = responses.filter(({ code }) => /^2\d\d$/.test(code));
    if (successes.length < 2) return [];
    const prose = typeof operation.description === 'string' ? operation.description : '';
    const descriptions = successes.map(({ response }) => String(response.description ?? '').trim().toLowerCase());
    const unexplained = successes.filter(({ code, response }, index) => {
      if (new RegExp(`\\b${code}\\b`).test(prose)) return false;
      return onlyNamesTheCode(response.description) || descriptions.indexOf(descriptions[index]) !== index || descriptions.lastIndexOf(descriptions[index]) !== index;
    });
    if (unexplained.length === 0) return [];
    const [first] = unexplained;
    const codes = successes.map(({ code }) => code).join(' or ');
    return [{
      message: `${label} answers ${codes} but does not say when: ${describe(unexplained)}; say in each response's description when it is returned (e.g. "Returned when the work completes at once."), or name each code in the operation's description.`,
      path: [...first.jsonPath, 'description'],
    }];
  }),
);

function describe(responses: ResponseInfo[]): string {
  return responses
    .map(({ code, response }) => `${code} is described ${typeof response.description === 'string' && response.description.trim() !== '' ? `only as "${response.description.trim()}"` : 'by nothing'}`)
    .join(', ');
}
