import { documentFunction } from '../lib/document-function';
import { mentionsYaml } from '../lib/description-text';
import { asObject, deref } from '../lib/json';

const YAML_MEDIA = /^(?:application|text)\/(?:x-)?yaml$|\+yaml$/i;

/**
 * E09 (spec edge cases, manifest application; API Technologies "some API requests ... will be
 * YAML"): an operation with a request body that its summary or description says takes a manifest
 * or YAML declares a YAML media type for that body, not only `application/json`.
 */
export default documentFunction('yamlRequestBody', null, (doc) =>
  doc.operations.flatMap(({ operation, label, jsonPath }) => {
    const body = deref(doc.root, operation.requestBody);
    if (body === undefined) return [];
    if (!mentionsYaml(operation.summary) && !mentionsYaml(operation.description)) return [];
    const types = Object.keys(asObject(asObject(body).content));
    if (types.some((type) => YAML_MEDIA.test(type))) return [];
    const shared = doc.componentPath(body);
    return [{
      message: `${label} is documented as taking a manifest or YAML (its ${mentionsYaml(operation.summary) ? 'summary' : 'description'}), but its request body declares ${types.length > 0 ? types.map((type) => `"${type}"`).join(', ') : 'no media type'} and no YAML: add "application/x-yaml" (or application/yaml, text/yaml) to its content.`,
      path: [...(shared ?? [...jsonPath, 'requestBody']), 'content'],
    }];
  }),
);
