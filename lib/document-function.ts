import { createRulesetFunction, IFunctionResult, Rule, RulesetFunctionContext } from '@stoplight/spectral-core';
import { oncePer } from './cache';
import { classify, Classification } from './classify';
import { shortenMessage } from './input-limits';

export type Finding = IFunctionResult;

/** How every finding that says a rule could not check the document starts (filter on it). */
export const INTERNAL_FAILURE = 'capi-ruleset-internal';

/** True for a finding that says a rule failed inside @capi/ruleset rather than found a deviation. */
export function isInternalFailure(finding: { message: string }): boolean {
  return finding.message.startsWith(`${INTERNAL_FAILURE}: `);
}

/** One option of a document function: its JSON schema, what it means, what is wrong when it does not match. */
export interface OptionSpec {
  schema: object;
  description: string;
  /** Completes `option "<name>" ...`, e.g. `must be a list of lowercase HTTP methods`. */
  errorMessage: string;
}

/**
 * A Spectral function over the whole resolved document (`given: '$'`) that reads the cached
 * classification. `name` is the name Spectral prints in option errors (the export name).
 * It never throws: when `check` fails, the rule reports one finding that starts with
 * `capi-ruleset-internal:` and names the rule and the reason (CAPI_RULESET_DEBUG=1 rethrows
 * instead, for the stack). Given any other node, it says it needs `given: '$'`.
 */
export function documentFunction<Options>(
  name: string,
  options: Record<string, OptionSpec> | null,
  check: (doc: Classification, options: Options, unresolved: unknown) => Finding[],
) {
  const run = (document: unknown, opts: Options, context: RulesetFunctionContext): Finding[] => {
    if (context.path.length > 0) return notAtRoot(name, context);
    try {
      // A rule with `resolved: false` is given the document as written, so that Spectral reports
      // its findings at `$ref`s rather than past them; it checks the resolved document all the same.
      const resolved = (context.rule as Partial<Rule>).resolved === false ? resolvedDocument(context) : document;
      // The document as written, before Spectral resolves `$ref`s and drops their siblings.
      return check(classify(resolved), opts, context.document?.data).map(shortenMessage);
    } catch (error) {
      if (process.env.CAPI_RULESET_DEBUG) throw error;
      return [{ message: internalFailureMessage(ruleName(context), name, error), path: [] }];
    }
  };
  Object.defineProperty(run, 'name', { value: name });
  return createRulesetFunction<unknown, Options>({ input: null, options: optionsSchema(name, options) as never }, run);
}

/** The resolved document, which Spectral's DocumentInventory holds but its IDocumentInventory type omits. */
function resolvedDocument(context: RulesetFunctionContext): unknown {
  const { resolved } = context.documentInventory as { resolved?: unknown };
  if (resolved === undefined) throw new Error('Spectral gave no resolved document (documentInventory.resolved) to a rule with resolved: false');
  return resolved;
}

/** Spectral passes its `Rule`, which has the rule's id as `name` (the `IRule` type omits it). */
function ruleName(context: RulesetFunctionContext): string {
  return (context.rule as Partial<Rule>).name ?? 'unnamed';
}

function internalFailureMessage(rule: string, fn: string, error: unknown): string {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    `${INTERNAL_FAILURE}: rule "${rule}" could not check this document, so its findings are missing ` +
    `(function "${fn}" failed with ${reason}). This is a bug in @capi/ruleset: please report it with the document.`
  );
}

/** Rules already told, per document, that their function needs `given: '$'`: one finding per rule, not one per node. */
const toldNotAtRoot = oncePer((_documentInventory: object) => new Set<string>());

function notAtRoot(fn: string, context: RulesetFunctionContext): Finding[] {
  const rule = ruleName(context);
  const told = toldNotAtRoot(context.documentInventory);
  if (told.has(rule)) return [];
  told.add(rule);
  return [{
    message:
      `"${fn}" function checks the whole document and works only at given: "$", but rule "${rule}" ` +
      `gives it ${context.path.join('.')}: set the rule's given to "$" (to skip part of a document, use overrides).`,
  }];
}

/** The functionOptions schema: every option required, no others, each with its description and errorMessage. */
function optionsSchema(fn: string, options: Record<string, OptionSpec> | null): object | null {
  if (options === null) return null;
  const names = Object.keys(options);
  return {
    type: 'object',
    properties: Object.fromEntries(
      Object.entries(options).map(([option, spec]) => [
        option,
        { ...spec.schema, description: spec.description, errorMessage: `"${fn}" function: option "${option}" ${spec.errorMessage}` },
      ]),
    ),
    required: names,
    additionalProperties: false,
    errorMessage: { type: `"${fn}" function takes options { ${names.join(', ')} }` },
  };
}

/** A list of strings, e.g. `allowed: ['data']`. */
export function stringList(description: string, errorMessage = 'must be a list of strings', items: object = { type: 'string' }): OptionSpec {
  return { schema: { type: 'array', items }, description, errorMessage };
}

export const methodsOption = {
  methods: stringList(
    'The HTTP methods (lowercase) whose operations the rule checks.',
    'must be a list of lowercase HTTP methods: get, post, patch, delete, put',
    { type: 'string', enum: ['get', 'post', 'patch', 'delete', 'put'] },
  ),
};
