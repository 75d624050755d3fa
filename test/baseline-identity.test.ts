import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { OTHER_PLACE, stableMessage } from '../cli/baseline-identity';
import { bundlePathOf } from '../cli/finding-node';
import type { JsonPath } from '../lib/json';
import { ROOT } from './harness';
import { lint, run } from './run-cli';
import { CAPI_OPENAPI, describeWithSharedSpec } from './shared';

/**
 * What each place a message template interpolates is, for a baseline's identity:
 * - own: the finding's own node, or a place the message derives from it (an action's resource);
 *   kept, so that the identity still tells findings apart.
 * - user: the first operation or schema that uses the node. The node is written there, and then
 *   it is its own; or it is shared (a component, a file several paths use) and reported once,
 *   and then it names another place: the identity leaves it out.
 * - reached: a place elsewhere that the finding reaches from its node, not one that uses the node:
 *   a variant its oneOf points to, the operation an action must name as its equivalent. It
 *   changes only when it is renamed, and then what the finding asks changes too: kept.
 * - count: how many other places use the node, or how many more of the same a message does not
 *   name: always left out.
 * - key: not in a message (a key that reports a node once).
 * Keyed by function file, then by the interpolated expression as written.
 */
const TEMPLATE_PLACES: Record<string, Record<string, 'own' | 'user' | 'reached' | 'count' | 'key'>> = {
  'acceptedLocation.ts': { 'op.label': 'own' },
  'actionLinkMethod.ts': { resourcePath: 'user', "linksPath.join('/')": 'key', 'describeSchema(linksPath)': 'own' },
  'actionsInLinks.ts': { path: 'own', resourcePath: 'own', 'describeSchema(linksPath)': 'own' },
  'actionsPostOnly.ts': { label: 'own', path: 'own', "label.split(' ')[0]": 'own' },
  'actionsUnderActions.ts': { label: 'own', 'path.slice(0, path.lastIndexOf(`/${name}`))': 'own', path: 'own', "owner || '/'": 'own', 'whatIsAt(doc, owner)': 'own' },
  'allMatchFilters.ts': { 'operation.label': 'user', "operations.length > 1 ? ` and ${operations.length - 1} more` : ''": 'count' },
  'booleanFilters.ts': { "operations.find(({ kind }) => kind === 'list')?.label": 'user' },
  'clientErrorCodes.ts': { 'op.label': 'own' },
  'collectionField.ts': { 'operation.label': 'user', 'describeSchema(path)': 'own' },
  'collectionNames.ts': { path: 'own' },
  'commaDelimitedParameters.ts': { 'operation.label': 'user' },
  'conditionalFields.ts': { 'describeSchema(path)': 'own', prefix: 'own' },
  'discriminator.ts': { 'describeSchema(path)': 'own' },
  'distinctVariants.ts': {
    'describeSchema(path)': 'own',
    'name(doc, a, path)': 'reached',
    'name(doc, b, path)': 'reached',
    'describeSchema(at)': 'reached',
    more: 'count',
  },
  'downloadBinary.ts': { label: 'own' },
  'embedValues.ts': { label: 'user', 'operations[0].label': 'user' },
  'emptyValueParameters.ts': { 'operation.label': 'user', "operations.length > 1 ? ` and ${operations.length - 1} more` : ''": 'count', where: 'user' },
  'equivalentActions.ts': { 'op.label': 'own', 'other.label': 'reached' },
  'errorBodySchema.ts': {
    'shared[shared.length - 1]': 'own',
    'first.op.label': 'user',
    'first.response.code': 'user',
    "more.length > 0 ? ` and ${more.length} more${others}` : ''": 'count',
    'usersOf(list)': 'user',
    'usersOf(list, \'\')': 'user',
    'whichResponse(doc, list)': 'user',
    'whichResponse(doc, [use])': 'user',
  },
  'errorDetailSentence.ts': { 'op.label': 'user' },
  'experimentalDescribed.ts': { label: 'own' },
  'experimentalMarker.ts': { label: 'own' },
  'fieldNames.ts': { 'describeSchema(path)': 'own' },
  'fieldsParameter.ts': { 'operation.label': 'user' },
  'filterOperators.ts': { 'first.label': 'user', "more.length > 0 ? ` and ${more.length} more` : ''": 'count' },
  'getWithoutParametersNotFound.ts': { 'op.label': 'own' },
  'includeValues.ts': { 'operation.label': 'user' },
  'includedObject.ts': { 'operation.label': 'own' },
  'jobResource.ts': { 'op.label': 'user' },
  'knownStatusCodes.ts': { 'op.label': 'own' },
  'linkObjects.ts': { 'describeSchema(path)': 'own' },
  'multiValueFilters.ts': { "operations.find(({ kind }) => kind === 'list')?.label": 'user' },
  'noPut.ts': { path: 'own' },
  'noQueryParameters.ts': { label: 'own' },
  'noRequestBody.ts': { label: 'own' },
  'notFoundDocumented.ts': { 'op.label': 'own' },
  'paginationFields.ts': { 'describeSchema(at)': 'own' },
  'paginationParameters.ts': { label: 'own' },
  'pluralArrayFields.ts': { 'describeSchema(path)': 'own' },
  'pluralQueryParameters.ts': { 'operation.label': 'user' },
  'postPurpose.ts': { label: 'own', path: 'own', 'actionPath(pathInfo)': 'own' },
  'queryParameterNames.ts': { 'operation.label': 'user', where: 'user' },
  'relationshipToMany.ts': {
    'op.label': 'own',
    "component ? ` (${component})` : ''": 'own',
    "op.method === 'delete' ? `; remove members one at a time with DELETE ${op.path}/{guid}` : ''": 'own',
    label: 'user',
    "path.slice(0, path.indexOf('/relationships/'))": 'own',
    path: 'own',
    relationship: 'own',
  },
  'relationshipToOne.ts': { 'op.label': 'own', label: 'user', "component ? ` (${component})` : ''": 'own' },
  'relationshipsShape.ts': {
    'describeSchema(at)': 'user',
    "component ? `, ${component}` : ''": 'own',
    'describeSchema(path)': 'own',
  },
  'resourceGuidParameter.ts': { prefix: 'key', identified: 'own', path: 'user', collectionPath: 'key' },
  'resourceRequiredFields.ts': {
    'describeSchema(path)': 'own',
    'address.operation.label': 'user',
    first: 'user',
    "more.length > 0 ? ` and ${more.length} more` : ''": 'count',
    where: 'own',
    users: 'user',
  },
  'resourceSelfLink.ts': { 'describeSchema(path)': 'own' },
  'segmentNames.ts': { path: 'own' },
  'successAlternativesExplained.ts': { label: 'own' },
  'successBody.ts': { 'op.label': 'own' },
  'successCodes.ts': { 'op.label': 'own' },
  'uploadMultipart.ts': { label: 'own' },
  'v3Prefix.ts': { path: 'own' },
  'variantExamples.ts': {
    'op.label': 'own',
    label: 'own',
    'String(shared[2])': 'own',
    'String(sharedResponse[2])': 'own',
    'describeSchema(at)': 'reached',
  },
  'yamlRequestBody.ts': { label: 'user' },
};

/** The rules whose messages name a "user" or a "count" above, and each shape the identity must drop. */
const DROPPED: Record<string, RegExp> = {
  'capi-filters-boolean-values': /^Filter "[^"]+" of (GET \/\S+) is a boolean/,
  'capi-filters-multiple-values': /^Filter "[^"]+" of (GET \/\S+) takes a single value/,
  'capi-filters-operators-declared': /^Filter "[^"]+" \((GET \/\S+ and \d+ more)\) supports operators/,
  'capi-filters-label-selector-and': /^Query parameter "[^"]+" \(([A-Z]+ \/\S+(?: and \d+ more)?)\) takes requirements that must all match/,
  'capi-query-parameters-empty-value': /^Query parameter "[^"]+" \(([A-Z]+ \/\S+(?: and \d+ more)?)\) (?:gives an empty value|declares "allowEmptyValue)/,
  'capi-yaml-request-body': /^([A-Z]+ \/\S+) is documented as taking a manifest or YAML/,
  'capi-query-parameters-comma-delimited': /^Query parameter "[^"]+" of ([A-Z]+ \/\S+) takes several values as/,
  'capi-query-parameters-plural': /^Query parameter "[^"]+" of ([A-Z]+ \/\S+) takes several values and must be plural/,
  'capi-query-parameters-names': /^Query parameter "[^"]+" of ([A-Z]+ \/\S+) (?:must contain|uses)/,
  'capi-fields-parameter': /^"fields" of ([A-Z]+ \/\S+) /,
  'capi-include-values': /^"include" of ([A-Z]+ \/\S+) allows/,
  'capi-embed-values': /^(?:"embed" of ([A-Z]+ \/\S+) allows|([A-Z]+ \/\S+) accepts "embed")/,
  'capi-errors-body-schema': /^Error (?:body schema of ([A-Z]+ \/\S+ \d+(?: and \d+ more error responses)?):|response "[^"]+" \(([A-Z]+ \/\S+ \d+)\))/,
  'capi-errors-detail-sentence': /^Error detail ".*" in the example of ([A-Z]+ \/\S+ \d+) must/,
  'capi-async-job-resource': /^Job resource \(([A-Z]+ \/\S+ \d+)\):/,
  'capi-resources-required-fields': /^Resource fields? .* \(schema "[^"]+"(, in resource .*?)\) (?:is|are) listed but not required/,
  'capi-relationships-body-shape': /^Relationship "[^"]+" \((.*?), schema "[^"]+"\) may itself be null/,
  'capi-paths-resource-guid-parameter': /^Path parameter "[^"]+" of (\/\S+) identifies/,
  'capi-collections-pagination': /^Collection returned by ([A-Z]+ \/\S+) \(/,
  'capi-collections-resources': /^Collection returned by ([A-Z]+ \/\S+) \(/,
  'capi-links-action-method': /points to the action POST (\/\S+):/,
};

const FUNCTIONS = path.join(ROOT, 'functions');
/** An interpolation that can name or count a place: what TEMPLATE_PLACES must classify. */
const PLACE_EXPRESSION = /label|component|describeSchema|[pP]ath\b|path\.|where|which|users|first|more|resourcePath|owner|identified|prefix|relationship\b|shared/;

function interpolations(source: string): string[] {
  return [...source.matchAll(/\$\{((?:[^{}]|\{[^{}]*\})*)\}/g)].map((match) => match[1]);
}

describe('the places that message templates interpolate', () => {
  const files = fs.readdirSync(FUNCTIONS).filter((file) => file.endsWith('.ts') && file !== 'index.ts');

  it.each(files)('%s: every place it names is classified, and nothing else', (file) => {
    const found = new Set(interpolations(fs.readFileSync(path.join(FUNCTIONS, file), 'utf8')).filter((expression) => PLACE_EXPRESSION.test(expression)));
    expect([...found].sort()).toEqual(Object.keys(TEMPLATE_PLACES[file] ?? {}).sort());
  });

  it('lists no function that no longer exists', () => {
    expect(Object.keys(TEMPLATE_PLACES).filter((file) => !files.includes(file))).toEqual([]);
  });
});

const METHOD_PATH = /\b(?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) \/|\b(?:of|Action) \//;
/** A component a message names, but not as a variant its node's oneOf points to (`oneOf[1] (schema "X")`): that one is reached from the node. */
const SCHEMA_NAME = /(?<=\(|, |[Rr]esource )(?<!\boneOf\[\d+\] \()(?:schema|response|request body|parameter) "([^"]*)"/g;

/**
 * What the identity of a finding at `at` (its node in the bundle) must not hold: a count of other
 * places; at a node outside `paths`, any operation or path (the node's users); any component
 * location but the node's own and the variants its oneOf points to.
 */
function otherPlacesLeft(identity: string, at: JsonPath): string[] {
  const left: string[] = [];
  if (/\b\d+ more\b/.test(identity)) left.push('a count');
  if (at[0] !== 'paths' && METHOD_PATH.test(identity)) left.push('an operation or path at a node that is not in one');
  for (const [, name] of identity.matchAll(SCHEMA_NAME)) {
    if (at[0] !== 'components' || at[2] !== name) left.push(`the component "${name}", not the node's own`);
  }
  return left;
}

function checkIdentities(results: ISpectralDiagnostic[]): Set<string> {
  const dropped = new Set<string>();
  const wrong: string[] = [];
  for (const result of results.filter(({ code }) => String(code).startsWith('capi-'))) {
    const at = bundlePathOf(result);
    if (at === undefined) throw new Error(`${result.code}: lint() kept no bundle path on the finding`);
    const identity = stableMessage(result.message, at);
    for (const left of otherPlacesLeft(identity, at)) wrong.push(`${result.code} at ${at.join('.')}: ${left}: ${identity}`);
    const shape = DROPPED[String(result.code)];
    const place = shape?.exec(result.message)?.slice(1).find((part) => part !== undefined);
    if (place !== undefined && at[0] !== 'paths') {
      if (identity.includes(place)) wrong.push(`${result.code}: "${place}" is still in: ${identity}`);
      else dropped.add(String(result.code));
    }
  }
  expect(wrong).toEqual([]);
  return dropped;
}

describe('a baseline identity leaves out the places a message names that are not its finding\'s node', () => {
  it('on a document whose query parameters, request body, error response and example several operations share', async () => {
    const { results } = await lint(path.join(ROOT, 'test', 'fixtures', 'shared-places', 'openapi.yaml'));
    const dropped = checkIdentities(results);
    expect([...dropped].sort()).toEqual([
      'capi-embed-values',
      'capi-errors-body-schema',
      'capi-errors-detail-sentence',
      'capi-fields-parameter',
      'capi-filters-boolean-values',
      'capi-filters-label-selector-and',
      'capi-filters-multiple-values',
      'capi-include-values',
      'capi-query-parameters-comma-delimited',
      'capi-query-parameters-empty-value',
      'capi-query-parameters-names',
      'capi-query-parameters-plural',
      'capi-yaml-request-body',
    ]);
  }, 60000);

  it('keeps a message whole when it names only its own node and places derived from it', () => {
    const at = ['paths', '/v3/tasks/{guid}/cancel', 'put'];
    const message = 'PUT /v3/tasks/{guid}/cancel triggers the action "cancel" outside /actions/: actions are nested under /actions, move it to POST /v3/tasks/{guid}/actions/cancel.';
    expect(stableMessage(message, at)).toBe(message);
    const links = 'Action /v3/apps/{guid}/actions/restart is not listed in the links of GET /v3/apps/{guid}: add a "restart" link ({ href, method: POST }) to the resource\'s "links".';
    expect(stableMessage(links, ['paths', '/v3/apps/{guid}/actions/restart'])).toBe(links);
    const field = 'Field "usage_summary" (in GET /v3/x/{guid}/usage at responses.200.content.application/json.schema) holds several values and must be plural: rename it to "usage_summaries".';
    expect(stableMessage(field, ['paths', '/v3/x/{guid}/usage', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'usage_summary'])).toBe(field);
  });

  it('keeps the places a finding reaches from its node: the variants its oneOf points to, the operation an action must name', () => {
    const media = ['paths', '/v3/bindings', 'post', 'responses', '201', 'content', 'application/json'];
    const variants = 'The polymorphic body of the POST /v3/bindings 201 response (application/json) has no example for variants oneOf[0] (schema "AppBinding"), oneOf[1] (schema "KeyBinding"): add an example of each variant to the media type\'s examples, or an example on each variant.';
    expect(stableMessage(variants, media)).toBe(variants);
    const oneOf = 'The oneOf schema "Binding" has variants oneOf[0] (schema "AppBinding") and oneOf[1] (schema "KeyBinding") that both accept the same object, so such a body fails the oneOf and a client cannot tell which it is: add a discriminator.';
    expect(stableMessage(oneOf, ['components', 'schemas', 'Binding'])).toBe(oneOf);
    const equivalent = 'POST /v3/processes/{guid}/actions/scale does what POST /v3/apps/{guid}/processes/{type}/actions/scale (scaleProcessForApp) does (the same action with the same request and response schemas) but does not name it: add to its description a sentence such as "Equivalent to POST /v3/apps/{guid}/processes/{type}/actions/scale (scaleProcessForApp)."';
    expect(stableMessage(equivalent, ['paths', '/v3/processes/{guid}/actions/scale', 'post', 'description'])).toBe(equivalent);
    // The same component named as a user, not as a variant, is left out.
    expect(stableMessage('Field "guid" (schema "AppBinding") is listed but not required.', media)).toBe(`Field "guid" (${OTHER_PLACE}) is listed but not required.`);
  });

  it('leaves out the same names when the shared node is the first user\'s and when it is another\'s', () => {
    const inline = 'Filter "state" of GET /v3/widgets takes a single value: filters must accept a comma-delimited list; declare it as a plural-named array with "style: form" and "explode: false".';
    const component = ['components', 'parameters', 'State'];
    expect(stableMessage(inline, component)).toBe(stableMessage(inline.replace('/v3/widgets', '/v3/gadgets'), component));
    expect(stableMessage(inline, ['paths', '/v3/widgets', 'get', 'parameters', 1])).toBe(inline);
  });
});

describeWithSharedSpec('baseline identities of the official tree', () => {
  let results: ISpectralDiagnostic[];
  beforeAll(async () => {
    ({ results } = await lint(path.join(CAPI_OPENAPI, 'openapi.yaml')));
  }, 120000);

  it('hold no place that is not the finding\'s node, and drop the first user of each shared node', () => {
    const dropped = checkIdentities(results);
    for (const rule of ['capi-filters-operators-declared', 'capi-filters-label-selector-and', 'capi-errors-body-schema', 'capi-resources-required-fields', 'capi-relationships-body-shape', 'capi-paths-resource-guid-parameter', 'capi-links-action-method']) {
      expect(dropped).toContain(rule);
    }
  });

  /**
   * Where the identity a baseline written before held is still the right one: at a node inside a
   * path item, in a message that counts nothing. Such a node is written in its own path item, so
   * every place its message names is its own, derived from it or reached from it, never a user
   * that an unrelated edit changes; the old identity kept every place, and so must the new. That
   * holds for rules added since too: none is in an older baseline, but none may drop its own places.
   */
  it('are the ones a baseline written before held, for every finding inside a path item that counts nothing, of every rule', () => {
    const changed = results
      .filter((result) => bundlePathOf(result)?.[0] === 'paths' && !/\band \d+ more\b/.test(result.message))
      .filter((result) => stableMessage(result.message, bundlePathOf(result)) !== stableMessage(result.message));
    expect(changed.map(({ message }) => message)).toEqual([]);
    expect(results.filter((result) => bundlePathOf(result)?.[0] === 'paths').length).toBeGreaterThan(400);
  });
});

/** A list operation that takes the shared created_ats/updated_ats filters and error responses. */
const WIDGETS = `/v3/widgets:
  get:
    summary: List widgets
    parameters:
      - $ref: ../components/parameters/CreatedAts.yaml
      - $ref: ../components/parameters/UpdatedAts.yaml
    responses:
      '200':
        description: OK
      '400':
        $ref: ../components/responses/BadRequest.yaml
`;

describeWithSharedSpec('a baseline of the official tree, after an edit that changes which operation uses a shared node first', () => {
  let tree: string;
  beforeAll(() => {
    tree = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-identity-'));
    fs.cpSync(CAPI_OPENAPI, tree, { recursive: true });
  });
  afterAll(() => fs.rmSync(tree, { recursive: true, force: true }));

  it('reports new findings only in the files the edit changed', async () => {
    expect(await run(['openapi.yaml', '--write-baseline'], tree)).toMatchObject({ code: 0 });
    fs.writeFileSync(path.join(tree, 'paths', 'Widgets.yaml'), WIDGETS);
    const root = path.join(tree, 'openapi.yaml');
    const text = fs.readFileSync(root, 'utf8');
    const before = '\npaths:\n';
    expect(text).toContain(before);
    // Listed before every other path: the shared filters and error responses now name it first.
    fs.writeFileSync(root, text.replace(before, `${before}  /v3/widgets:\n    $ref: './paths/Widgets.yaml#/~1v3~1widgets'\n`));
    const { stdout } = await run(['openapi.yaml', '-f', 'json'], tree);
    const fresh = (JSON.parse(stdout) as ISpectralDiagnostic[]).map((result) => `${path.relative(tree, String(result.source))} ${result.code}`);
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.filter((finding) => !finding.startsWith('paths/Widgets.yaml ') && !finding.startsWith('openapi.yaml '))).toEqual([]);
  }, 120000);
});
