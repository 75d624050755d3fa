import { callsItExperimental } from '../experimental';
import { notUuidIn } from '../identifier-note';
import type { OffsetEdit } from './edit';
import { nearest, type Fixer } from './fixer';
import { deleteKey, requireNames, setKeys } from './operations';
import { pairOf, type TextNode } from './text-tree';

/** The scalar value of `node`'s `key`, if it has one. */
function scalarAt(node: TextNode, key: string): unknown {
  const value = pairOf(node, key)?.value;
  return value?.kind === 'scalar' ? value.value : undefined;
}

function isQueryParameter(node: TextNode): boolean {
  return node.kind === 'map' && scalarAt(node, 'in') === 'query' && typeof scalarAt(node, 'name') === 'string';
}

function declare(parameter: TextNode, tree: Parameters<Fixer['fix']>[0], entries: { key: string; value: string | boolean }[]) {
  const edits = setKeys(tree, parameter, entries);
  if (!edits?.length) return undefined;
  const what = entries.map(({ key, value }) => `"${key}: ${value}"`).join(' and ');
  return { title: `Declare ${what} on query parameter "${scalarAt(parameter, 'name')}"`, edits };
}

/** An array query parameter takes one comma-delimited value: `style: form`, `explode: false`. */
export const commaDelimited: Fixer = {
  kind: 'fix',
  summary: 'adds `style: form` and `explode: false` to the query parameter (replacing another `style` or `explode` value).',
  fix(tree, chain) {
    const parameter = nearest(chain, isQueryParameter)?.node;
    return parameter && declare(parameter, tree, [{ key: 'style', value: 'form' }, { key: 'explode', value: false }]);
  },
};

/**
 * `fields`: an object schema is `style: deepObject`, an array one `style: form` + `explode: false`;
 * read from the parameter's own inline `schema.type` (a `$ref`'d schema is left to a person).
 */
export const fieldsParameter: Fixer = {
  kind: 'fix',
  summary: 'declares `style: deepObject` on a `fields` parameter whose inline schema is an object, or `style: form` and `explode: false` when it is an array.',
  fix(tree, chain) {
    const parameter = nearest(chain, (node) => isQueryParameter(node) && scalarAt(node, 'name') === 'fields')?.node;
    const schema = parameter && pairOf(parameter, 'schema')?.value;
    if (!parameter || !schema || schema.kind !== 'map') return undefined;
    const type = scalarAt(schema, 'type');
    if (type === 'object') return declare(parameter, tree, [{ key: 'style', value: 'deepObject' }]);
    if (type === 'array') return declare(parameter, tree, [{ key: 'style', value: 'form' }, { key: 'explode', value: false }]);
    return undefined;
  },
};

/**
 * Adds to the nearest schema's `required` list those of `names` its own `properties` lists but
 * does not require. The fields the guide says a resource or pagination always has.
 */
function requireListed(names: string[], what: string): Fixer {
  const unrequired = (schema: TextNode) => {
    const properties = pairOf(schema, 'properties')?.value;
    if (properties?.kind !== 'map') return [];
    const requiredNode = pairOf(schema, 'required')?.value;
    const required = new Set(requiredNode?.kind === 'seq' ? requiredNode.items.map((item) => item.value) : []);
    return names.filter((name) => pairOf(properties, name) && !required.has(name));
  };
  return {
    kind: 'fix',
    checkFirst: ['oas3-valid-media-example', 'oas3-valid-schema-example'],
    summary: `adds the ${what} the schema's \`properties\` lists but does not require to its \`required\` list (creating the list when there is none).`,
    fix(tree, chain) {
      const schema = nearest(chain, (node) => node.kind === 'map' && unrequired(node).length > 0)?.node;
      if (!schema) return undefined;
      const missing = unrequired(schema);
      const edits = requireNames(tree, schema, missing);
      return edits?.length ? { title: `Require ${missing.map((name) => `"${name}"`).join(', ')}`, edits } : undefined;
    },
  };
}

export const resourceRequiredFields = requireListed(['guid', 'created_at', 'updated_at'], 'resource fields (`guid`, `created_at`, `updated_at`)');
export const paginationRequiredFields = requireListed(['total_results', 'total_pages', 'first', 'last', 'next', 'previous'], 'pagination members');

/**
 * An operation or field described as experimental gets `x-experimental: true`. An operation only
 * when its description says so: a marked operation must say it in its description
 * (capi-experimental-described), and that sentence is for a person to write.
 */
export const experimentalMarker: Fixer = {
  kind: 'fix',
  summary: 'adds `x-experimental: true` to a field whose summary or description calls it experimental, or to an operation whose description does (when only its summary does, a person adds the marker and a sentence to the description).',
  fix(tree, chain) {
    const described = (node: TextNode) => node.kind === 'map' && (callsItExperimental(scalarAt(node, 'summary')) || callsItExperimental(scalarAt(node, 'description')));
    const node = nearest(chain, described)?.node;
    if (!node || scalarAt(node, 'x-experimental') === true) return undefined;
    const operation = pairOf(node, 'responses') !== undefined;
    if (operation && !callsItExperimental(scalarAt(node, 'description'))) return undefined;
    const edits = setKeys(tree, node, [{ key: 'x-experimental', value: true }]);
    return edits?.length ? { title: 'Mark it "x-experimental: true"', edits } : undefined;
  },
};

/**
 * `x-experimental: "true"` (a string) becomes the boolean it spells; on an operation, `"true"`
 * only when its description says it is experimental (capi-experimental-described).
 */
export const experimentalBoolean: Fixer = {
  kind: 'fix',
  summary: 'replaces a string `"true"` or `"false"` with the boolean (`"true"` on an operation only when its description says it is experimental); any other value is left to a person.',
  fix(tree, chain) {
    const node = nearest(chain, (candidate) => ['true', 'false'].includes(String(scalarAt(candidate, 'x-experimental'))) && typeof scalarAt(candidate, 'x-experimental') === 'string')?.node;
    if (!node) return undefined;
    const value = scalarAt(node, 'x-experimental') === 'true';
    if (value && pairOf(node, 'responses') && !callsItExperimental(scalarAt(node, 'description'))) return undefined;
    const edits = setKeys(tree, node, [{ key: 'x-experimental', value }]);
    return edits?.length ? { title: `Write "x-experimental: ${value}" as a boolean`, edits } : undefined;
  },
};

/**
 * Suggests removing the response of the status code the finding is at: a documented status code
 * is API behaviour, so a person decides. Offered only when the finding's node is (inside) a
 * response under a `responses` map of this file.
 */
export const removeResponse: Fixer = {
  kind: 'suggestion',
  summary: 'suggests removing the response for that status code (the API may really return it: a person decides).',
  fix(tree, chain) {
    const found = nearest(chain, (_node, index) => index > 0 && chain[index - 1].node.kind === 'map' && chain[index].key !== undefined && /^[1-5]\d\d$/.test(String(chain[index].key)) && chain[index - 1].key === 'responses');
    if (!found) return undefined;
    const code = String(chain[found.index].key);
    const edit: OffsetEdit | undefined = deleteKey(tree, chain[found.index - 1].node, code);
    return edit ? { title: `Remove the ${code} response`, edits: [edit] } : undefined;
  },
};

/**
 * Suggests declaring a path parameter's inline string schema `format: uuid`: the guide says a
 * resource is addressed by its guid, but whether every value the API takes is a UUID (a UAA user
 * id, say) is for a person to confirm.
 */
export const uuidPathParameter: Fixer = {
  kind: 'suggestion',
  summary: 'suggests adding `format: uuid` to the path parameter\'s inline string schema (a person confirms every value is a UUID).',
  fix(tree, chain) {
    const parameter = nearest(chain, (node) => node.kind === 'map' && scalarAt(node, 'in') === 'path' && typeof scalarAt(node, 'name') === 'string')?.node;
    const schema = parameter && pairOf(parameter, 'schema')?.value;
    if (!schema || schema.kind !== 'map' || scalarAt(schema, 'type') !== 'string' || pairOf(schema, 'format')) return undefined;
    // A description that says the identifier may not be a UUID makes `format: uuid` wrong (the finding says so).
    if ([scalarAt(parameter, 'description'), scalarAt(schema, 'description')].some((description) => notUuidIn(description) !== undefined)) return undefined;
    const edits = setKeys(tree, schema, [{ key: 'format', value: 'uuid' }]);
    return edits?.length ? { title: `Declare path parameter "${scalarAt(parameter, 'name')}" a UUID (format: uuid)`, edits } : undefined;
  },
};

/** Suggests removing the request body of a GET or DELETE: what the endpoint accepts is for a person to confirm. */
export const removeRequestBody: Fixer = {
  kind: 'suggestion',
  summary: 'suggests removing the operation\'s `requestBody` (a person confirms the endpoint takes none).',
  fix(tree, chain) {
    const operation = nearest(chain, (node) => pairOf(node, 'requestBody') !== undefined)?.node;
    const edit = operation && deleteKey(tree, operation, 'requestBody');
    return edit ? { title: 'Remove the request body', edits: [edit] } : undefined;
  },
};
