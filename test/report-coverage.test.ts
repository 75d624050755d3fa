import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ENDPOINTS_3BBBA90, REPORT_CLI, REPORT_FIXTURES, report, temporaryFiles } from './report-run';
import { CAPI_OPENAPI, describeWithSharedSpec } from './shared';
import { ROOT } from './harness';

const temp = temporaryFiles('capi-report-coverage-');
const endpointsFile = temp.write;

describe('capi-report coverage on a small multi-file spec', () => {
  it('lists missing, undocumented and missing query parameters in the JSON shape, and exits 1', async () => {
    const { code, stdout, stderr } = await report(['coverage', 'openapi.yaml', '--endpoints', 'endpoints.txt', '-f', 'json']);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({
      missing: ['GET /v3/route_policies'],
      undocumented: ['PUT /v3/tasks/{task_guid}/cancel'],
      missingQueryParameters: [{ endpoint: 'POST /v3/packages', parameter: 'source_guid' }],
      matched: 6,
    });
    expect(code).toBe(1);
  });

  it('matches by method and path shape whatever the parameter names, :name or {name}', async () => {
    const file = endpointsFile('shapes.txt', 'GET /v3/apps/:app-guid\nDELETE /v3/apps/{app_guid}/\nPUT /v3/tasks/:guid/cancel\nGET /v3/apps/:guid/droplets\n');
    const { stdout } = await report(['coverage', 'openapi.yaml', '--endpoints', file, '-f', 'json']);
    const result = JSON.parse(stdout);
    expect(result.missing).toEqual(['GET /v3/apps/{guid}/droplets']);
    expect(result.undocumented).not.toContain('GET /v3/apps/{guid}');
    expect(result.undocumented).not.toContain('PUT /v3/tasks/{task_guid}/cancel');
    expect(result.matched).toBe(3);
  });

  it('matches a documented line with a query string to the operation of that path, a gap only without the parameter', async () => {
    const file = endpointsFile('query.txt', 'POST /v3/droplets?source_guid=:guid\nPOST /v3/packages?source_guid=:guid&type=bits\n');
    const { stdout } = await report(['coverage', 'openapi.yaml', '--endpoints', file, '-f', 'json']);
    const result = JSON.parse(stdout);
    expect(result.missing).toEqual([]);
    expect(result.missingQueryParameters).toEqual([
      { endpoint: 'POST /v3/packages', parameter: 'source_guid' },
      { endpoint: 'POST /v3/packages', parameter: 'type' },
    ]);
  });

  it('exits 0 when everything documented is in the spec, undocumented operations or not', async () => {
    const file = endpointsFile('complete.txt', '# all documented ones exist\nGET /v3/apps\nPOST /v3/droplets?source_guid=:guid\n');
    const { code, stdout } = await report(['coverage', 'openapi.yaml', '--endpoints', file]);
    expect(stdout).toMatch(/In the spec but not documented \(5\):/);
    expect(code).toBe(0);
  });

  it('writes stylish output with the file and line of each entry and the counts', async () => {
    const { stdout } = await report(['coverage', 'openapi.yaml', '--endpoints', 'endpoints.txt']);
    const lines = stdout.split('\n');
    expect(lines).toContain('Documented but missing from the spec (1):');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}GET \/v3\/route_policies +endpoints\.txt:8$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}PUT \/v3\/tasks\/\{task_guid\}\/cancel +openapi\.yaml:45$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}POST \/v3\/packages \?source_guid +endpoints\.txt:7$/));
    expect(stdout).toMatch(/7 documented endpoints, 7 spec operations: 6 matched, 1 missing from the spec, 1 not documented, 1 missing query parameter\.\n$/);
  });

  it('locates an undocumented operation in the file of the tree that writes it', async () => {
    const file = endpointsFile('no-delete.txt', 'GET /v3/apps\n');
    const { stdout } = await report(['coverage', 'openapi.yaml', '--endpoints', file]);
    const deleteLine = fs.readFileSync(path.join(REPORT_FIXTURES, 'paths', 'apps.yaml'), 'utf8').split('\n').indexOf('  delete:') + 1;
    expect(stdout).toMatch(new RegExp(`\\n {2}DELETE /v3/apps/\\{guid\\} +paths/apps\\.yaml:${deleteLine}\\n`));
  });

  it('writes Markdown with a table per list', async () => {
    const { stdout } = await report(['coverage', 'openapi.yaml', '--endpoints', 'endpoints.txt', '-f', 'markdown']);
    expect(stdout).toContain('## Documented but missing from the spec (1)\n\n| Endpoint | Where |\n| --- | --- |\n| `GET /v3/route_policies` | endpoints.txt:8 |');
    expect(stdout).toContain('## Query parameters the docs use and the spec lacks (1)');
  });
});

describe('capi-report coverage on bad input: one line naming the file and place, exit 2', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['a line that is not METHOD PATH', () => ['--endpoints', endpointsFile('bad-line.txt', 'GET /v3/apps\n\nthe apps endpoint\n')], /bad-line\.txt:3: expected "METHOD \/path" .*got "the apps endpoint"$/],
    ['an unknown method', () => ['--endpoints', endpointsFile('bad-method.txt', 'FETCH /v3/apps\n')], /bad-method\.txt:1: expected "METHOD \/path"/],
    ['an empty query parameter name', () => ['--endpoints', endpointsFile('bad-query.txt', 'POST /v3/droplets?=x\n')], /bad-query\.txt:1: expected/],
    ['a file without endpoints', () => ['--endpoints', endpointsFile('empty.txt', '# nothing yet\n\n')], /empty\.txt: no endpoints in it/],
    ['a missing endpoints file', () => ['--endpoints', path.join(temp.folder, 'absent.txt')], /absent\.txt: no such file$/],
    ['no --endpoints', () => [], /coverage needs --endpoints FILE/],
    ['an unknown format', () => ['--endpoints', 'endpoints.txt', '-f', 'sarif'], /--format must be one of stylish, markdown, json; got "sarif"$/],
  ];
  it.each(cases)('%s', async (_name, extra, message) => {
    const { code, stdout, stderr } = await report(['coverage', 'openapi.yaml', ...extra()]);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stderr.trimEnd()).toMatch(/^capi-report: /);
    expect(stderr.trimEnd()).toMatch(message);
    expect(code).toBe(2);
  });

  it('a malformed spec', async () => {
    const { code, stderr } = await report(['coverage', path.join(ROOT, 'test', 'fixtures', 'bad', 'malformed.yaml'), '--endpoints', 'endpoints.txt']);
    expect(stderr).toMatch(/^capi-report: .*malformed\.yaml:\d+:\d+: malformed YAML/);
    expect(code).toBe(2);
  });

  it('no command', async () => {
    const { code, stderr } = await report([]);
    expect(stderr).toBe('capi-report: a command is needed: "coverage" or "capabilities" (capi-report --help)\n');
    expect(code).toBe(2);
  });

  it('an unknown command', async () => {
    const { code, stderr } = await report(['lint', 'openapi.yaml']);
    expect(stderr).toBe('capi-report: unknown command "lint": use "coverage" or "capabilities" (capi-report --help)\n');
    expect(code).toBe(2);
  });
});

describeWithSharedSpec('capi-report coverage of the official tree against the endpoints of the docs at 3bbba90', () => {
  let result: { missing: string[]; undocumented: string[]; missingQueryParameters: { endpoint: string; parameter: string }[]; matched: number };
  let code: number;
  beforeAll(async () => {
    const run = await report(['coverage', path.join(CAPI_OPENAPI, 'openapi.yaml'), '--endpoints', ENDPOINTS_3BBBA90, '-f', 'json'], ROOT);
    result = JSON.parse(run.stdout);
    code = run.code;
  });

  it('finds the five route_policies endpoints missing from the spec, written with {name} parameters', () => {
    expect(result.missing.filter((endpoint) => endpoint.includes('/v3/route_policies')).sort()).toEqual([
      'DELETE /v3/route_policies/{guid}',
      'GET /v3/route_policies',
      'GET /v3/route_policies/{guid}',
      'PATCH /v3/route_policies/{guid}',
      'POST /v3/route_policies',
    ]);
    expect(code).toBe(1);
  });

  it('finds PUT /v3/tasks/{guid}/cancel undocumented', () => {
    expect(result.undocumented).toContain('PUT /v3/tasks/{guid}/cancel');
  });

  it('matches the docs line with "-" in a parameter name and the query-string lines', () => {
    expect(result.missing).not.toContain('PATCH /v3/routes/{route-guid}/relationships/space');
    expect(result.missing.some((endpoint) => endpoint.includes('?'))).toBe(false);
    expect(result.missingQueryParameters).toContainEqual({ endpoint: 'POST /v3/droplets', parameter: 'source_guid' });
  });

  it('gives the same result on the single-file bundled.yaml', async () => {
    const bundled = await report(['coverage', path.join(CAPI_OPENAPI, 'bundled.yaml'), '--endpoints', ENDPOINTS_3BBBA90, '-f', 'json'], ROOT);
    expect(JSON.parse(bundled.stdout)).toEqual(result);
  });

  it('runs as the package bin and exits 1', () => {
    const run = spawnSync(process.execPath, [REPORT_CLI, 'coverage', path.join(CAPI_OPENAPI, 'openapi.yaml'), '--endpoints', ENDPOINTS_3BBBA90, '-f', 'json'], { encoding: 'utf8', timeout: 60000 });
    expect(JSON.parse(run.stdout)).toEqual(result);
    expect(run.status).toBe(1);
  });
});
