import { OperationInfo } from '../lib/classify';
import { documentFunction } from '../lib/document-function';
import { JsonObject } from '../lib/json';
import { listFilters, notFiltersOption, splitBracket } from '../lib/query-parameters';
import { mergeSchema } from '../lib/schema';

const RELATIONAL = ['lt', 'lte', 'gt', 'gte'];
/** "relational operators" names the guide's four; a bracket token names one operator. Linear. */
const MENTIONS = /relational operators?|\[(lte|lt|gte|gt|not)\]/gi;

/** The operators a description says the filter supports, in the guide's order. */
function mentionedOperators(description: unknown): string[] {
  if (typeof description !== 'string') return [];
  const found = new Set<string>();
  for (const [match, operator] of description.matchAll(MENTIONS)) {
    if (operator) found.add(operator.toLowerCase());
    else if (match) RELATIONAL.forEach((name) => found.add(name));
  }
  return [...RELATIONAL, 'not'].filter((name) => found.has(name));
}

/** True when the operation declares `name[op]` parameters, or `name` as an object (deepObject) with operator keys. */
function declaresOperators(root: unknown, op: OperationInfo, name: string, parameter: JsonObject, operators: string[]): boolean {
  const declared = op.parameters.some(({ parameter: other }) => {
    const split = typeof other.name === 'string' ? splitBracket(other.name) : { base: '' };
    return other.in === 'query' && split.base === name && split.bracket !== undefined && operators.includes(split.bracket);
  });
  const properties = mergeSchema(root, parameter.schema, true).properties;
  return declared || operators.some((operator) => properties.has(operator));
}

/**
 * S42, S43 (proposals): a filter whose description says it supports relational (`[lt]`, `[gte]`,
 * ...) or `[not]` operators declares them as query parameters (`created_ats[lt]`), so clients and
 * validators can find them; an operator that exists only in prose is undocumented.
 */
export default documentFunction<{ notFilters: string[] }>('filterOperators', notFiltersOption, (doc, { notFilters }) =>
  listFilters(doc, notFilters).flatMap(({ name, parameter, path, operations }) => {
    const operators = mentionedOperators(parameter.description);
    if (operators.length === 0) return [];
    const lacking = operations.filter((op) => op.kind === 'list' && !declaresOperators(doc.root, op, name, parameter, operators));
    if (lacking.length === 0) return [];
    const [first, ...more] = lacking;
    const forms = operators.map((operator) => `"${name}[${operator}]"`).join(', ');
    return [{
      message: `Filter "${name}" (${first.label}${more.length > 0 ? ` and ${more.length} more` : ''}) supports operators only in its description: declare ${forms} as query parameters so clients can find and validate them (filtering on inequalities is a proposal of the guide; this is its proposed form).`,
      // The description is where the operators are written (mentionedOperators read it).
      path: [...path, 'description'],
    }];
  }),
);
