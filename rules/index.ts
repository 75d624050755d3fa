// Requests: URL structure and verbs.
import urls from './urls';
import verbs from './verbs';

// Responses: status codes, actions, relationships, async jobs, errors, experimental markers.
import status from './status';
import actions from './actions';
import relationships from './relationships';
import async from './async';
import errors from './errors';
import experimental from './experimental';

// Bodies and parameters: resources, links, collections, names, query parameters, includes.
import resources from './resources';
import fields from './fields';
import links from './links';
import collections from './collections';
import parameters from './parameters';
import bodies from './bodies';

/** Every `capi-*` rule without Spectral's own, for users who compose their own ruleset (`@capi/ruleset/capi-rules`). */
const capiRules = {
  rules: {
    // Requests: URL structure and verbs.
    ...urls,
    ...verbs,

    // Responses: status codes, actions, relationships, async jobs, errors, experimental markers.
    ...status,
    ...actions,
    ...relationships,
    ...async,
    ...errors,
    ...experimental,

    // Bodies and parameters: resources, links, collections, names, query parameters, includes.
    ...resources,
    ...fields,
    ...links,
    ...collections,
    ...parameters,
    ...bodies,
  },
};

export default capiRules;
