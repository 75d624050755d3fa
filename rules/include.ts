import includedObject from '../functions/includedObject';
import includeValues from '../functions/includeValues';
import { documentRule } from './define';

/** Style guide: Including Related Resources. */
export default {
  ...documentRule('capi-include-values', {
    description: 'Each include value must be a period-separated path of relationship names.',
    severity: 'error',
    function: includeValues,
  }),
  ...documentRule('capi-include-included', {
    description: 'An operation that accepts include must return an included object (fields alone selects fields and includes nothing).',
    severity: 'error',
    function: includedObject,
    reportsAtReferences: true,
    functionOptions: { parameters: ['include'] },
  }),
};
