import fieldNames from '../functions/fieldNames';
import fieldsParameter from '../functions/fieldsParameter';
import pluralArrayFields from '../functions/pluralArrayFields';
import { documentRule } from './define';

/** Style guide: Field Names, Requesting Specific Fields (the `fields` query parameter). */
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
  ...documentRule('capi-fields-parameter', {
    description: 'The fields query parameter is a comma-delimited list of field names (fields[<resource>] a deepObject).',
    severity: 'info',
    function: fieldsParameter,
  }),
};
