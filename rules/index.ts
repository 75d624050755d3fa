import urls from './urls';
import verbs from './verbs';

/** Every `capi-*` rule without Spectral's own, for users who compose their own ruleset (`@capi/ruleset/capi-rules`). */
const capiRules = {
  rules: {
    ...urls,
    ...verbs,
  },
};

export default capiRules;
