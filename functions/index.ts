/** The custom functions, to re-use with other options in a `.spectral.js` (`@capi/ruleset/functions`). */
export { default as collectionNames } from './collectionNames';
export { default as noPut } from './noPut';
export { default as noQueryParameters } from './noQueryParameters';
export { default as noRequestBody } from './noRequestBody';
export { default as v3Prefix } from './v3Prefix';
