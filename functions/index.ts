/** The custom functions, to re-use with other options in a `.spectral.js` (`@capi/ruleset/functions`). */

// Requests: URL structure and verbs.
export { default as collectionNames } from './collectionNames';
export { default as noPut } from './noPut';
export { default as noQueryParameters } from './noQueryParameters';
export { default as noRequestBody } from './noRequestBody';
export { default as v3Prefix } from './v3Prefix';

// Responses: status codes, actions, relationships, async jobs, errors, experimental markers.

// Bodies and parameters: resources, links, collections, names, query parameters, includes.
export { default as resourceRequiredFields } from './resourceRequiredFields';
export { default as resourceSelfLink } from './resourceSelfLink';
export { default as fieldNames } from './fieldNames';
export { default as pluralArrayFields } from './pluralArrayFields';
export { default as linkObjects } from './linkObjects';
export { default as actionLinkMethod } from './actionLinkMethod';
export { default as collectionField } from './collectionField';
export { default as paginationFields } from './paginationFields';
export { default as paginationParameters } from './paginationParameters';
export { default as queryParameterNames } from './queryParameterNames';
export { default as pluralQueryParameters } from './pluralQueryParameters';
export { default as commaDelimitedParameters } from './commaDelimitedParameters';
export { default as multiValueFilters } from './multiValueFilters';
export { default as includeValues } from './includeValues';
export { default as includedObject } from './includedObject';
export { default as embedValues } from './embedValues';
export { default as fieldsParameter } from './fieldsParameter';
export { default as relationshipsShape } from './relationshipsShape';
export { default as discriminator } from './discriminator';
export { default as uploadMultipart } from './uploadMultipart';
