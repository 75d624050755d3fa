import { createRulesetFunction, IFunctionResult } from '@stoplight/spectral-core';
import { classify, Classification } from './classify';
import { shortenMessage } from './input-limits';

export type Finding = IFunctionResult;

/**
 * A Spectral function over the whole resolved document that reads the cached classification.
 * It never throws: on input it cannot read it returns no result, as Spectral turns a throw into
 * noise for users. Set CAPI_RULESET_DEBUG=1 to see the error instead (the tests do).
 */
export function documentFunction<Options>(
  optionsSchema: object | null,
  check: (doc: Classification, options: Options) => Finding[],
) {
  return createRulesetFunction<unknown, Options>(
    { input: null, options: optionsSchema as never },
    (document, options) => {
      try {
        return check(classify(document), options).map(shortenMessage);
      } catch (error) {
        if (process.env.CAPI_RULESET_DEBUG) throw error;
        return [];
      }
    },
  );
}

/** Options schema for a function that takes one list of strings, e.g. `{ allowed: ['data'] }`. */
export function stringListOption(name: string, items: object = { type: 'string' }): object {
  return { type: 'object', properties: { [name]: { type: 'array', items } }, required: [name], additionalProperties: false };
}

export const methodsOption = stringListOption('methods', { type: 'string', enum: ['get', 'post', 'patch', 'delete', 'put'] });
