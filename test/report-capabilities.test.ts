import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './harness';
import { report, temporaryFiles } from './report-run';
import { CAPI_OPENAPI, describeWithSharedSpec } from './shared';

const temp = temporaryFiles('capi-report-capabilities-');
const needsFile = temp.write;

async function capabilitiesJson(...extra: string[]) {
  const run = await report(['capabilities', 'openapi.yaml', '-f', 'json', ...extra]);
  return { ...run, json: JSON.parse(run.stdout) };
}

describe('capi-report capabilities on a small multi-file spec', () => {
  it('reports every GET list and show endpoint, and no other operation', async () => {
    const { json, code } = await capabilitiesJson();
    expect(json.endpoints.map((endpoint: any) => `${endpoint.endpoint} ${endpoint.kind}`)).toEqual(['GET /v3/apps list', 'GET /v3/apps/{guid} show', 'GET /v3/spaces list']);
    expect(json.needs).toBeUndefined();
    expect(code).toBe(0);
  });

  it('gives a list its include and order_by values, filters with types and list-ness, label_selector, fields[...], per_page bounds, links and relationships', async () => {
    const { json } = await capabilitiesJson();
    expect(json.endpoints[0]).toEqual({
      endpoint: 'GET /v3/apps',
      kind: 'list',
      resource: 'apps',
      include: ['space', 'space.organization'],
      orderBy: ['name', 'created_at', '-created_at'],
      filters: [
        { name: 'names', type: 'string', list: true },
        { name: 'lifecycle_type', type: 'string', list: false, values: ['buildpack', 'docker'] },
      ],
      labelSelector: true,
      fields: [{ name: 'fields[space]', values: ['guid', 'name'] }],
      perPage: { minimum: 1, maximum: 5000 },
      links: ['self', 'space'],
      relationships: ['space', 'current_droplet'],
    });
  });

  it('says "not declared" for a free-string include or order_by, a fields object without names and links or relationships without names', async () => {
    const { json } = await capabilitiesJson();
    const [, show, spaces] = json.endpoints;
    expect(show).toMatchObject({ include: 'not declared', orderBy: null, fields: [{ name: 'fields[...]', values: 'not declared' }], perPage: null, labelSelector: false });
    expect(spaces).toMatchObject({ include: null, orderBy: 'not declared', links: ['self'], relationships: null, filters: [] });
  });

  it('writes Markdown with one table per endpoint, grouped by resource', async () => {
    const { stdout, code } = await report(['capabilities', 'openapi.yaml']);
    expect(stdout).toMatch(/^# Capabilities of openapi\.yaml\n/);
    expect(stdout).toContain('### apps\n\n#### `GET /v3/apps` (list)\n\n| Capability | Values |\n| --- | --- |\n| include | `space`, `space.organization` |');
    expect(stdout).toContain('| filters | `names` (list of string), `lifecycle_type` (string: buildpack, docker) |');
    expect(stdout).toContain('| per_page | 1 to 5000 |');
    expect(stdout).toContain('### spaces\n\n#### `GET /v3/spaces` (list)');
    expect(stdout).toContain('| order_by | not declared (a free string: clients cannot know the sort keys) |');
    expect(code).toBe(0);
  });
});

describe('capi-report capabilities on odd declarations', () => {
  it('skips parameters that are not objects and writes enum values that are not strings as JSON', async () => {
    const spec = temp.write(
      'odd.yaml',
      `openapi: 3.1.0
info: { title: odd, version: '1' }
paths:
  /v3/things:
    parameters: 5
    get:
      parameters: [null, 3, { name: include, in: query, schema: { type: array, items: { enum: [1, null, { a: 1 }] } } }]
      responses: { '200': { description: x, content: { application/json: { schema: { type: object, properties: { relationships: true } } } } } }
`,
    );
    const { code, stdout } = await report(['capabilities', spec, '-f', 'json']);
    expect(JSON.parse(stdout).endpoints).toEqual([
      expect.objectContaining({ endpoint: 'GET /v3/things', include: ['1', 'null', '{"a":1}'], filters: [], links: null, relationships: 'not declared' }),
    ]);
    expect(code).toBe(0);
  });
});

describe('capi-report capabilities --needs', () => {
  it('gives each need a status in the order of the file, with the endpoint as the spec writes it', async () => {
    const { json } = await capabilitiesJson('--needs', 'needs.yaml');
    expect(json.needs.map((need: any) => [need.endpoint, need.kind, need.name, need.priority, need.status])).toEqual([
      ['GET /v3/apps', 'include', 'space.organization', 'high', 'met'],
      ['GET /v3/apps', 'include', 'processes', 'high', 'unmet'],
      ['GET /v3/apps/{guid}', 'include', 'space', 'medium', 'unknown'],
      ['GET /v3/apps', 'order_by', 'created_at', 'low', 'met'],
      ['GET /v3/spaces', 'order_by', 'name', 'medium', 'unknown'],
      ['GET /v3/apps', 'filter', 'names', 'medium', 'met'],
      ['GET /v3/apps', 'filter', 'organization_names', 'medium', 'unmet'],
      ['GET /v3/apps/{guid}', 'link', 'space', 'high', 'met'],
      ['GET /v3/apps/{guid}', 'link', 'packages', 'low', 'unmet'],
      ['GET /v3/spaces', 'link', 'organization', 'low', 'unknown'],
      ['GET /v3/apps', 'field', 'lifecycle.data.stack', 'low', 'met'],
      ['GET /v3/apps', 'field', 'space.name', 'low', 'met'],
      ['GET /v3/apps/{guid}', 'field', 'space.organization.name', 'low', 'unknown'],
      ['GET /v3/apps', 'field', 'allow_ssh', 'medium', 'unmet'],
      ['GET /v3/users', 'filter', 'usernames', 'low', 'no-endpoint'],
    ]);
    expect(json.endpoints).toHaveLength(3);
  });

  it('explains each status in its detail', async () => {
    const { json } = await capabilitiesJson('--needs', 'needs.yaml');
    const detail = (name: string) => json.needs.find((need: any) => need.name === name).detail;
    expect(detail('processes')).toBe('include accepts only space, space.organization.');
    expect(detail('name')).toBe('order_by is a free string: the spec does not list its values.');
    expect(detail('organization')).toBe('"organization" is not listed, but the links object allows other names.');
    expect(detail('usernames')).toBe('The spec has no GET /v3/users.');
  });

  it('says when an unmet link is there as a relationship only', async () => {
    const file = needsFile('relationship.yaml', 'needs:\n  - { endpoint: GET /v3/apps, link: current_droplet, priority: low }\n');
    const { json } = await capabilitiesJson('--needs', file);
    expect(json.needs[0]).toMatchObject({
      status: 'unmet',
      detail: 'No link "current_droplet" (only a relationship "current_droplet": its guid, no href); links: self, space.',
    });
  });

  it('exits 1 when a high-priority need is unmet (the default --fail-priority)', async () => {
    expect((await report(['capabilities', 'openapi.yaml', '--needs', 'needs.yaml'])).code).toBe(1);
  });

  it('exits 0 when only needs below --fail-priority are unmet or without endpoint, and unknown never fails', async () => {
    const file = needsFile(
      'below.yaml',
      'needs:\n  - { endpoint: GET /v3/apps, include: space, priority: high }\n  - { endpoint: GET /v3/spaces, order_by: name, priority: high }\n' +
        '  - { endpoint: GET /v3/apps, filter: space_names, priority: medium }\n  - { endpoint: GET /v3/users, filter: names, priority: low }\n',
    );
    expect((await report(['capabilities', 'openapi.yaml', '--needs', file])).code).toBe(0);
    expect((await report(['capabilities', 'openapi.yaml', '--needs', file, '--fail-priority', 'medium'])).code).toBe(1);
  });

  it('exits 1 at --fail-priority low for a low-priority need without endpoint', async () => {
    const file = needsFile('no-endpoint.yaml', 'needs:\n  - { endpoint: GET /v3/users, filter: names, priority: low }\n');
    expect((await report(['capabilities', 'openapi.yaml', '--needs', file, '--fail-priority', 'low'])).code).toBe(1);
  });

  it('writes the needs first in Markdown, with the counts by status and by priority', async () => {
    const { stdout } = await report(['capabilities', 'openapi.yaml', '--needs', 'needs.yaml']);
    expect(stdout).toContain(
      '## Needs (needs.yaml)\n\n15 needs: 6 met, 4 unmet, 4 unknown, 1 no-endpoint. Unmet or without endpoint, by priority: high: 1 of 3 not met; medium: 2 of 5 not met; low: 2 of 7 not met.',
    );
    expect(stdout).toContain('| `GET /v3/apps` | include `processes` | high | **unmet** | include accepts only space, space.organization. |');
    expect(stdout.indexOf('## Needs')).toBeLessThan(stdout.indexOf('## Endpoints'));
  });
});

describe('capi-report capabilities on a malformed needs file: one line naming the entry, exit 2', () => {
  const entry = (text: string) => `needs:\n  - endpoint: GET /v3/apps\n    include: space\n    priority: high\n${text}`;
  const cases: [string, string, RegExp][] = [
    ['not a mapping', '- GET /v3/apps\n', /bad\.yaml:1: expected a "needs:" list of needs$/],
    ['needs not a list', 'needs: GET /v3/apps\n', /bad\.yaml:1: expected a "needs:" list of needs$/],
    ['an entry that is not a mapping', entry('  - GET /v3/apps\n'), /bad\.yaml:5: needs\[1\]: expected a mapping with endpoint, one of include, order_by, filter, link, field, and priority$/],
    ['an unknown key', entry('  - { endpoint: GET /v3/apps, includes: space, priority: high }\n'), /bad\.yaml:5: needs\[1\]: unknown key "includes" \(allowed: endpoint, include, order_by, filter, link, field, priority, why\)$/],
    ['two kinds in one entry', entry('  - { endpoint: GET /v3/apps, include: space, link: space, priority: high }\n'), /needs\[1\]: gives include and link: give exactly one of include, order_by, filter, link, field$/],
    ['no kind', entry('  - { endpoint: GET /v3/apps, priority: high }\n'), /needs\[1\]: names no need: give exactly one of/],
    ['an empty name', entry('  - { endpoint: GET /v3/apps, filter: "", priority: high }\n'), /needs\[1\]: filter must be a non-empty string, got ""$/],
    ['an unknown priority', entry('  - { endpoint: GET /v3/apps, filter: names, priority: urgent }\n'), /needs\[1\]: priority must be one of high, medium, low, got "urgent"$/],
    ['no priority', entry('  - { endpoint: GET /v3/apps, filter: names }\n'), /needs\[1\]: priority must be one of high, medium, low, got nothing$/],
    ['an endpoint without method', entry('  - { endpoint: /v3/apps, filter: names, priority: low }\n'), /needs\[1\]: endpoint must be "METHOD \/path" without a query string .*got "\/v3\/apps"$/],
    ['an endpoint with a query string', entry('  - { endpoint: "GET /v3/apps?names=x", filter: names, priority: low }\n'), /needs\[1\]: endpoint must be "METHOD \/path" without a query string/],
    ['a why that is not a string', entry('  - { endpoint: GET /v3/apps, filter: names, priority: low, why: [a] }\n'), /needs\[1\]: why must be a string$/],
    ['malformed YAML', 'needs:\n  - endpoint: [GET /v3/apps\n', /bad\.yaml:\d+:\d+: malformed YAML/],
  ];
  it.each(cases)('%s', async (_name, text, message) => {
    const file = needsFile('bad.yaml', text);
    const { code, stdout, stderr } = await report(['capabilities', 'openapi.yaml', '--needs', file]);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stderr.trimEnd()).toMatch(new RegExp(`^capi-report: ${temp.folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`));
    expect(stderr.trimEnd()).toMatch(message);
    expect(code).toBe(2);
  });

  it('a missing needs file', async () => {
    const { code, stderr } = await report(['capabilities', 'openapi.yaml', '--needs', 'absent.yaml']);
    expect(stderr).toMatch(/^capi-report: .*absent\.yaml: no such file\n$/);
    expect(code).toBe(2);
  });

  it('an unknown --fail-priority', async () => {
    const { code, stderr } = await report(['capabilities', 'openapi.yaml', '--needs', 'needs.yaml', '--fail-priority', 'urgent']);
    expect(stderr).toBe('capi-report: --fail-priority must be one of high, medium, low; got "urgent"\n');
    expect(code).toBe(2);
  });

  it('no spec', async () => {
    const { code, stderr } = await report(['capabilities']);
    expect(stderr).toBe('capi-report: capabilities needs a SPEC: the root file of an OpenAPI 3.x spec\n');
    expect(code).toBe(2);
  });
});

describeWithSharedSpec('capi-report capabilities of the official tree', () => {
  let json: any;
  beforeAll(async () => {
    const run = await report(['capabilities', path.join(CAPI_OPENAPI, 'openapi.yaml'), '-f', 'json', '--needs', path.join(ROOT, 'examples', 'needs', 'stratos.yaml')], ROOT);
    json = JSON.parse(run.stdout);
  });

  it('lists the include values of GET /v3/apps and says its order_by values are not declared', () => {
    const apps = json.endpoints.find((endpoint: any) => endpoint.endpoint === 'GET /v3/apps');
    expect(apps).toMatchObject({ include: ['space', 'space.organization'], orderBy: 'not declared', labelSelector: true });
    expect(apps.filters).toContainEqual({ name: 'space_guids', type: 'string', list: true });
    expect(apps.links).toContain('features');
  });

  it('checks every Stratos need: GET /v3/apps meets include space.organization but not processes', () => {
    const status = (endpoint: string, name: string) => json.needs.find((need: any) => need.endpoint === endpoint && need.name === name)?.status;
    expect(status('GET /v3/apps', 'space.organization')).toBe('met');
    expect(status('GET /v3/apps', 'processes')).toBe('unmet');
    expect(status('GET /v3/spaces', 'created_at')).toBe('unknown');
    expect(json.needs.every((need: any) => ['met', 'unmet', 'unknown', 'no-endpoint'].includes(need.status))).toBe(true);
  });
});

describeWithSharedSpec('docs/official-spec-reports.md', () => {
  it('holds the current output of capi-report on the official tree (npm run docs:reports)', async () => {
    const { PAGE, withSections } = require(path.join(ROOT, 'scripts', 'report-docs.js'));
    const page = fs.readFileSync(PAGE, 'utf8');
    expect(await withSections(page)).toBe(page);
  });
});
