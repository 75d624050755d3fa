import discriminator from '../functions/discriminator';
import { documentRule } from './define';

/** The spec's polymorphic bodies (an edge case the style guide does not cover). */
export default {
  ...documentRule('capi-polymorphism-discriminator', {
    description: 'A oneOf body whose variants differ by a type field declares a discriminator on it.',
    severity: 'warn',
    function: discriminator,
    functionOptions: { properties: ['type'] },
  }),
};
