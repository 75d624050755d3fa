import conditionalFields from '../functions/conditionalFields';
import discriminator from '../functions/discriminator';
import distinctVariants from '../functions/distinctVariants';
import variantExamples from '../functions/variantExamples';
import { documentRule } from './define';

/** The spec's polymorphic bodies (edge-case document, seed 001; the style guide does not cover them). */
export default {
  ...documentRule('capi-polymorphism-discriminator', {
    description: 'A oneOf body whose variants differ by a type field declares a discriminator on it.',
    severity: 'warn',
    function: discriminator,
    functionOptions: { properties: ['type'] },
  }),
  ...documentRule('capi-polymorphism-distinct-variants', {
    description: 'No two variants of a oneOf of objects accept the same value: a discriminator or what the variants require tells them apart.',
    severity: 'error',
    function: distinctVariants,
  }),
  ...documentRule('capi-polymorphism-variant-examples', {
    description: 'A polymorphic body (a oneOf of objects) has an example for every variant.',
    severity: 'warn',
    function: variantExamples,
  }),
  ...documentRule('capi-polymorphism-conditional-fields', {
    description: 'A body whose fields are described as required or optional for some values of a type field is split into oneOf variants, one per value.',
    severity: 'warn',
    function: conditionalFields,
  }),
};
