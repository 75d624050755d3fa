import relationshipsShape from '../functions/relationshipsShape';
import relationshipToMany from '../functions/relationshipToMany';
import relationshipToOne from '../functions/relationshipToOne';
import { documentRule } from './define';

/** Style guide: Relationships for Existing Resources, Relationships at Resource Creation. */
export default {
  ...documentRule('capi-relationships-to-one', {
    description: 'A to-one relationship endpoint takes GET and PATCH with { data: { guid } } bodies.',
    severity: 'warn',
    function: relationshipToOne,
  }),
  ...documentRule('capi-relationships-to-many', {
    description: 'A to-many relationship endpoint takes GET, POST and PATCH with { data: [ { guid } ] }; members are removed with DELETE .../{guid}.',
    severity: 'warn',
    function: relationshipToMany,
  }),
  ...documentRule('capi-relationships-body-shape', {
    description: 'A relationships object maps each name to { data: { guid } }, { data: null } or { data: [ { guid } ] }.',
    severity: 'warn',
    function: relationshipsShape,
  }),
};
