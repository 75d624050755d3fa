import * as fs from 'fs';
import * as path from 'path';
import { SEVERITIES } from '../lib/severity';
import { lint, loadBuiltRuleset, ROOT } from './harness';
import { CAPI_OPENAPI, describeWithSharedSpec } from './shared';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const capiFindings = async (file: string) => (await lint(fs.readFileSync(file, 'utf8'))).filter((r) => r.code.toString().startsWith('capi-'));

describe('the built ruleset', () => {
  it('contains the recommended spectral:oas rules and the CAPI rules', async () => {
    const ids = Object.keys((await loadBuiltRuleset()).rules);
    expect(ids).toContain('operation-operationId-unique');
    expect(ids.filter((id) => id.startsWith('capi-')).length).toBeGreaterThan(0);
  });

  it('finds nothing on the clean example', async () => {
    expect(await capiFindings(path.join(ROOT, 'test/fixtures/clean.yaml'))).toEqual([]);
  });

  it('finds deviations in the embedded example', async () => {
    const codes = new Set((await capiFindings(path.join(ROOT, 'examples/capi-example.yaml'))).map((r) => r.code));
    expect(codes.size).toBeGreaterThanOrEqual(5);
  });
});

/** Rules allowed a `$..` given, each with the reason it cannot use a targeted path. */
const DEEP_GIVEN_REASONS: Record<string, string> = {};

describe('every capi rule', () => {
  const testSources = fs.readdirSync(path.join(ROOT, 'test/rules')).filter((file) => file.endsWith('.test.ts')).map((file) => read(`test/rules/${file}`)).join('\n');
  const map = read('docs/style-guide-map.md');
  const capiRules = require(path.join(ROOT, 'dist/capi-rules.js')).rules as Record<string, any>;

  it.each(Object.keys(capiRules))('%s is documented, tested and mapped', (id) => {
    const rule = capiRules[id];
    expect(id).toMatch(/^capi-[a-z0-9]+(-[a-z0-9]+)+$/);
    expect(rule.documentationUrl).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
    expect(rule.description).toBeTruthy();
    expect([...SEVERITIES, 'off']).toContain(rule.severity);
    expect(rule.formats.length).toBe(2);
    // Whole-document scans are slow on a 20k-line spec: a rule that needs `$..` says why here.
    const givens: string[] = [rule.given].flat();
    expect(givens.some((given) => given.includes('$..')) && !(id in DEEP_GIVEN_REASONS)).toBe(false);

    const page = read(`docs/rules/${id}.md`);
    for (const heading of ['## What the style guide says', '## Failing example', '## Passing example', '## How to fix']) {
      expect(page).toContain(heading);
    }
    expect(testSources).toContain(`testRule('${id}'`);
    expect(map).toContain(`\`${id}\``);
  });

  it('live in the rules/<name>.ts file their `capi-<name>-` prefix names, and each in one file', () => {
    const ruleFiles = fs
      .readdirSync(path.join(ROOT, 'rules'))
      .filter((file) => file.endsWith('.ts') && !['index.ts', 'define.ts'].includes(file))
      .map((file) => file.replace(/\.ts$/, ''));
    const fileOfRule = new Map<string, string>();
    const misplaced: string[] = [];
    for (const name of ruleFiles) {
      for (const id of Object.keys(require(path.join(ROOT, 'rules', name)).default)) {
        // The longest file name that prefixes the id must be this one: capi-query-parameters-* is not in a query.ts.
        const predicted = ruleFiles.filter((file) => id.startsWith(`capi-${file}-`)).sort((a, b) => b.length - a.length)[0];
        if (predicted !== name) misplaced.push(`${id} is in rules/${name}.ts, its prefix says ${predicted ? `rules/${predicted}.ts` : 'no file'}`);
        if (fileOfRule.has(id)) misplaced.push(`${id} is in rules/${fileOfRule.get(id)}.ts and rules/${name}.ts`);
        fileOfRule.set(id, name);
      }
    }
    expect(misplaced).toEqual([]);
    expect([...fileOfRule.keys()].sort()).toEqual(Object.keys(capiRules).sort());
  });

  it('are all listed in the rule table of docs/rules/README.md', () => {
    const { withTable } = require(path.join(ROOT, 'scripts/rule-table.js'));
    const page = read('docs/rules/README.md');
    expect(withTable(page, path.join(ROOT, 'docs/rules'))).toBe(page);
  });
});

describeWithSharedSpec('the official CAPI spec (bundled.yaml)', () => {
  it('lints without crashing and finds its known deviations', async () => {
    const findings = await capiFindings(path.join(CAPI_OPENAPI, 'bundled.yaml'));
    const seen = findings.map((r) => `${r.code} ${r.path.join('.')}`);
    // The PUT forms of the cancel action are the action rules' (one deviation, one finding), not the verb rule's.
    expect(seen).toContain('capi-actions-under-actions paths./v3/tasks/{guid}/cancel.put');
    expect(seen).toContain('capi-actions-post-only paths./v3/tasks/{guid}/actions/cancel.put');
    expect(seen.filter((s) => s.startsWith('capi-verbs-no-put paths./v3/tasks/'))).toEqual([]);
  });

  it('finds the known request/response deviations and nothing where the guide allows it', async () => {
    const findings = await capiFindings(path.join(CAPI_OPENAPI, 'bundled.yaml'));
    const seen = findings.map((r) => `${r.code} ${r.path.join('.')}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'capi-paths-resource-guid-parameter paths./v3/feature_flags/{name}',
        'capi-actions-under-actions paths./v3/tasks/{guid}/cancel.put',
        'capi-actions-post-only paths./v3/tasks/{guid}/actions/cancel.put',
        'capi-actions-in-links components.schemas.App.allOf.1.properties.links.properties',
        'capi-status-client-error-codes paths./v3/apps.get.responses.403',
        'capi-status-known-codes paths./v3/apps.post.responses.409',
        'capi-status-success-codes paths./v3/routes/{guid}/relationships/space.patch.responses.204',
        'capi-errors-body-schema components.schemas.Errors.properties',
        'capi-async-accepted-location paths./v3/packages/{guid}/upload.post.responses.202.content',
        'capi-relationships-to-many paths./v3/service_instances/{guid}/relationships/shared_spaces/usage_summary',
        'capi-experimental-marker paths./v3/spaces/{guid}/manifest_diff.post',
      ]),
    );
    const messages = findings.map((r) => `${r.code} ${r.message}`);
    expect(messages.filter((m) => m.startsWith('capi-status-known-codes') && !/documents (409|429),/.test(m))).toEqual([]);
    // Allowed by the guide: DELETE with query parameters, uploads, pseudo-resources, a to-many member DELETE.
    const allowed = ['DELETE /v3/apps/{guid} ', 'POST /v3/packages/{guid}/upload ', 'GET /v3/apps/{guid}/environment_variables ', '/relationships/shared_spaces/{space_guid} '];
    expect(messages.filter((m) => /^capi-(verbs-post-purpose|actions-|relationships-)/.test(m) && allowed.some((a) => m.includes(a)))).toEqual([]);
    // Allowed by the guide: nested pseudo-resources and aliases keyed by name or index, a POST that appends to a list.
    expect(seen).not.toContain('capi-paths-resource-guid-parameter paths./v3/processes/{guid}/instances/{index}');
    expect(seen).not.toContain('capi-paths-resource-guid-parameter paths./v3/apps/{guid}/processes/{type}');
    expect(messages.filter((m) => m.startsWith('capi-status-success-codes POST /v3/routes/{guid}/destinations '))).toEqual([]);
  });
});

describe('every capi rule on odd input', () => {
  const odd = [
    { openapi: '3.1.0', info: { title: 'x', version: '1' }, paths: { '/v3/jobs/{guid}': { get: { responses: { '200': { content: { 'application/json': { schema: 'nope' } } } } } } } },
    { openapi: '3.1.0', info: { title: 'x', version: '1' }, paths: { '/v3/apps/{guid}/relationships/space': { patch: { requestBody: { content: 'x' }, responses: { '202': { headers: null, content: [] } } } } } },
    {
      openapi: '3.1.0',
      info: { title: 'x', version: '1' },
      paths: { '/v3/apps/{guid}/actions/start': { post: { responses: { '422': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Loop' }, example: { errors: 'x' }, examples: { a: null } } } } } } } },
      components: { schemas: { Loop: { allOf: [{ $ref: '#/components/schemas/Loop' }], properties: { errors: { items: { $ref: '#/components/schemas/Loop' } } } } } },
    },
    { openapi: '3.1.0', info: { title: 'x', version: '1' }, paths: { '/v3/feature_flags/{name}': { parameters: [{ name: 'name', in: 'path', schema: null }], get: { 'x-experimental': [1], responses: null } } } },
    // A cycle made only of oneOf variants, and a $ref with a malformed percent-escape.
    {
      openapi: '3.1.0',
      info: { title: 'x', version: '1' },
      paths: {
        '/v3/apps/{guid}': {
          get: { responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } } }, '404': { $ref: '#/components/responses/50%' } } },
        },
      },
      components: { schemas: { A: { oneOf: [{ $ref: '#/components/schemas/B' }] }, B: { oneOf: [{ $ref: '#/components/schemas/A' }] } } },
    },
  ];
  const ids = Object.keys(require(path.join(ROOT, 'dist/capi-rules.js')).rules);
  it.each(ids)('%s checks it without failing (no capi-ruleset-internal finding)', async (id) => {
    for (const document of odd) await expect(lint(document, id)).resolves.toBeDefined();
  });
});

describeWithSharedSpec('the official CAPI spec: bodies and parameters', () => {
  it('finds the known deviations in resources, collections and query parameters', async () => {
    const findings = await capiFindings(path.join(CAPI_OPENAPI, 'bundled.yaml'));
    const seen = findings.map((r) => `${r.code} ${r.path.join('.')}`);
    // Feature flags are identified by name, without a guid.
    expect(seen).toContain('capi-resources-required-fields components.schemas.FeatureFlag.properties');
    // The process list has no pagination; its `resources` is fine.
    expect(seen).toContain('capi-collections-pagination components.schemas.ProcessList.allOf.1.properties');
    expect(seen.filter((s) => s.startsWith('capi-collections-resources components.schemas.ProcessList'))).toEqual([]);
    // Sidecars are listed without page, per_page and order_by.
    expect(seen).toContain('capi-pagination-parameters paths./v3/apps/{guid}/sidecars.get');
    // `names` is a bare array (?names=a&names=b); `fields` is an object without deepObject.
    expect(seen).toContain('capi-query-parameters-comma-delimited paths./v3/apps.get.parameters.7');
    expect(seen).toContain('capi-fields-parameter paths./v3/service_instances.get.parameters.13');
    // Allowed patterns: label_selector, include, the stats pseudo-resource (label_selector's
    // description is capi-filters-label-selector-and's, not a matter of its shape).
    const collectionOrQueryRule = /^capi-(collections|pagination|query-parameters|filters-(?!label-selector-and ))/;
    expect(
      seen.filter((s) => collectionOrQueryRule.test(s) && (s.includes('/stats.get') || s.includes('components.parameters.LabelSelector'))),
    ).toEqual([]);
  });
});
