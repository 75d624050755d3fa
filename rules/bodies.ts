import discriminator from '../functions/discriminator';
import relationshipsShape from '../functions/relationshipsShape';
import uploadMultipart from '../functions/uploadMultipart';
import { documentRule } from './define';

/** Style guide: Relationships at Resource Creation; the spec's edge cases (polymorphic bodies, uploads). */
export default {
  ...documentRule('capi-relationships-body-shape', {
    description: 'A relationships object maps each name to { data: { guid } }, { data: null } or { data: [ { guid } ] }.',
    severity: 'warn',
    function: relationshipsShape,
  }),
  ...documentRule('capi-polymorphism-discriminator', {
    description: 'A oneOf body whose variants differ by a type field declares a discriminator on it.',
    severity: 'warn',
    function: discriminator,
    functionOptions: { properties: ['type'] },
  }),
  ...documentRule('capi-uploads-multipart', {
    description: 'An upload endpoint accepts multipart/form-data.',
    severity: 'warn',
    function: uploadMultipart,
  }),
};
