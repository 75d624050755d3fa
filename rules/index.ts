// Each rules/<name>.ts holds the rules whose id starts with `capi-<name>-` (a test keeps it so).

// Requests: URL structure and verbs.
import paths from './paths';
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
import pagination from './pagination';
import queryParameters from './query-parameters';
import filters from './filters';
import include from './include';
import embed from './embed';
import polymorphism from './polymorphism';
import uploads from './uploads';
import yaml from './yaml';
import downloads from './downloads';

/** Every `capi-*` rule without Spectral's own, for users who compose their own ruleset (`@capi/ruleset/capi-rules`). */
const capiRules = {
  rules: {
    // Requests: URL structure and verbs.
    ...paths,
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
    ...pagination,
    ...queryParameters,
    ...filters,
    ...include,
    ...embed,
    ...polymorphism,
    ...uploads,
    ...yaml,
    ...downloads,
  },
};

export default capiRules;
