import fieldNames from '../functions/fieldNames';
import pluralArrayFields from '../functions/pluralArrayFields';
import { documentRule } from './define';

/** Style guide: Field Names. */
export default {
  ...documentRule('capi-fields-snake-case', {
    description: 'Field names must contain only lowercase letters a-z and underscores.',
    severity: 'error',
    function: fieldNames,
  }),
  ...documentRule('capi-fields-plural-arrays', {
    description: 'Fields that accept multiple values must be pluralized.',
    severity: 'error',
    function: pluralArrayFields,
    functionOptions: { allowed: ['data'] },
  }),
};
