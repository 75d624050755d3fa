import yamlRequestBody from '../functions/yamlRequestBody';
import { documentRule } from './define';

/** Style guide: API Technologies ("some API requests ... will be YAML"); edge-case document: Manifest Application. */
export default {
  ...documentRule('capi-yaml-request-body', {
    description: 'An operation documented as taking a manifest or YAML declares a YAML media type for its request body.',
    severity: 'warn',
    function: yamlRequestBody,
  }),
};
