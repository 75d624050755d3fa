/** The custom functions, to re-use with other options in a `.spectral.js` (`@capi/ruleset/functions`). */

// Requests: URL structure and verbs.
export { default as collectionNames } from './collectionNames';
export { default as noPut } from './noPut';
export { default as noQueryParameters } from './noQueryParameters';
export { default as noRequestBody } from './noRequestBody';
export { default as postPurpose } from './postPurpose';
export { default as resourceGuidParameter } from './resourceGuidParameter';
export { default as segmentNames } from './segmentNames';
export { default as v3Prefix } from './v3Prefix';

// Responses: status codes, actions, relationships, async jobs, errors, experimental markers.
export { default as acceptedLocation } from './acceptedLocation';
export { default as actionsInLinks } from './actionsInLinks';
export { default as actionsPostOnly } from './actionsPostOnly';
export { default as actionsUnderActions } from './actionsUnderActions';
export { default as clientErrorCodes } from './clientErrorCodes';
export { default as errorBodySchema } from './errorBodySchema';
export { default as errorDetailSentence } from './errorDetailSentence';
export { default as experimentalBoolean } from './experimentalBoolean';
export { default as experimentalDescribed } from './experimentalDescribed';
export { default as experimentalMarker } from './experimentalMarker';
export { default as jobResource } from './jobResource';
export { default as knownStatusCodes } from './knownStatusCodes';
export { default as notFoundDocumented } from './notFoundDocumented';
export { default as getWithoutParametersNotFound } from './getWithoutParametersNotFound';
export { default as relationshipToMany } from './relationshipToMany';
export { default as relationshipToOne } from './relationshipToOne';
export { default as successBody } from './successBody';
export { default as successCodes } from './successCodes';

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
export { default as booleanFilters } from './booleanFilters';
export { default as filterOperators } from './filterOperators';
export { default as includeValues } from './includeValues';
export { default as includedObject } from './includedObject';
export { default as embedValues } from './embedValues';
export { default as fieldsParameter } from './fieldsParameter';
export { default as relationshipsShape } from './relationshipsShape';
export { default as discriminator } from './discriminator';
export { default as distinctVariants } from './distinctVariants';
export { default as variantExamples } from './variantExamples';
export { default as conditionalFields } from './conditionalFields';
export { default as emptyValueParameters } from './emptyValueParameters';
export { default as allMatchFilters } from './allMatchFilters';
export { default as yamlRequestBody } from './yamlRequestBody';
export { default as equivalentActions } from './equivalentActions';
export { default as successAlternativesExplained } from './successAlternativesExplained';
export { default as uploadMultipart } from './uploadMultipart';
export { default as downloadBinary } from './downloadBinary';
