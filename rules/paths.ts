import collectionNames from '../functions/collectionNames';
import resourceGuidParameter from '../functions/resourceGuidParameter';
import segmentNames from '../functions/segmentNames';
import v3Prefix from '../functions/v3Prefix';
import { documentRule } from './define';

/** Style guide: Requests > URL Structure (`capi-paths-*`). */
export default {
  ...documentRule('capi-paths-v3-prefix', {
    description: 'All endpoints must be prefixed with /v3/.',
    severity: 'error',
    function: v3Prefix,
  }),
  ...documentRule('capi-paths-collection-names', {
    description: 'Collections are referenced by their plural resource name in lowercase snake_case.',
    severity: 'warn',
    function: collectionNames,
  }),
  ...documentRule('capi-paths-resource-guid-parameter', {
    description: 'An individual resource is its collection followed by its guid, a UUID path parameter.',
    severity: 'warn',
    function: resourceGuidParameter,
  }),
  ...documentRule('capi-paths-segment-names', {
    description: 'Action names, relationship names and other literal path segments are lowercase snake_case.',
    severity: 'warn',
    function: segmentNames,
  }),
};
