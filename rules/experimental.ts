import experimentalBoolean from '../functions/experimentalBoolean';
import experimentalDescribed from '../functions/experimentalDescribed';
import experimentalMarker from '../functions/experimentalMarker';
import { documentRule } from './define';

/** Spec markers (not in the style guide): experimental operations and fields. */
export default {
  ...documentRule('capi-experimental-marker', {
    description: 'An operation or field described as experimental carries x-experimental: true.',
    severity: 'warn',
    function: experimentalMarker,
  }),
  ...documentRule('capi-experimental-boolean', {
    description: 'x-experimental is a boolean.',
    severity: 'error',
    function: experimentalBoolean,
  }),
  ...documentRule('capi-experimental-described', {
    description: 'An operation marked x-experimental: true says so in its description.',
    severity: 'warn',
    function: experimentalDescribed,
  }),
};
