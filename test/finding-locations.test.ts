import * as fs from 'fs';
import * as path from 'path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { bundlePathOf } from '../cli/finding-node';
import { offNode, REPORTS_ELSEWHERE } from './support/finding-node';
import { writeTree } from './support/hostile';
import { ROOT } from './harness';
import { CAPI_OPENAPI, describeWithSharedSpec } from './shared';

const { lint } = require(path.join(ROOT, 'dist', 'capi-lint.js')) as typeof import('../cli/capi-lint');

/** The line a finding starts on, as written in its source file. */
function lineOf(result: ISpectralDiagnostic): string {
  return fs.readFileSync(String(result.source), 'utf8').split('\n')[result.range.start.line];
}

/** The status code a status-code finding is about: the last three-digit segment of its path. */
function statusCodeOf(result: ISpectralDiagnostic): string | undefined {
  return [...result.path].reverse().map(String).find((segment) => /^[1-5]\d\d$/.test(segment));
}

/** True when `line` is the line of the mapping key `key` (quoted or not), in YAML. */
function isKeyLine(line: string, key: string): boolean {
  return [`'${key}':`, `"${key}":`, `${key}:`].some((written) => line.trimStart().startsWith(written) || line.trimStart().startsWith(`- ${written}`));
}

/** Rules whose findings are about one status code an operation documents. */
const STATUS_CODE_FINDING = /^capi-(status-(success-codes|success-body|client-error-codes|list-no-not-found|known-codes)|async-accepted-location|include-included|downloads-binary)$/;

describe('capi-lint reports a finding about a status code on that code', () => {
  it('on the key of a status code that refers to a shared response in another file, not in the shared file', async () => {
    const dir = writeTree({
      'openapi.yaml': [
        'openapi: 3.0.3',
        'info: { title: t, version: "1" }',
        'paths:',
        '  /v3/apps/{guid}:',
        '    $ref: ./paths/apps.yaml',
        'components:',
        '  responses:',
        '    Forbidden:',
        '      $ref: ./responses/forbidden.yaml',
      ].join('\n'),
      'paths/apps.yaml': [
        'get:',
        '  parameters:',
        '    - { name: guid, in: path, required: true, schema: { type: string, format: uuid } }',
        '  responses:',
        "    '200':",
        '      description: ok',
        "    '403':",
        '      $ref: ../responses/forbidden.yaml',
        "    '404':",
        '      description: not found',
      ].join('\n'),
      'responses/forbidden.yaml': 'description: forbidden\n',
    });
    const { results } = await lint(path.join(dir, 'openapi.yaml'), { ruleset: '@capi/ruleset/capi-rules', cwd: ROOT });
    const forbidden = results.filter((result) => result.code === 'capi-status-client-error-codes');
    expect(forbidden.map((result) => [path.relative(dir, String(result.source)), result.range.start.line + 1, lineOf(result)])).toEqual([
      ['paths/apps.yaml', 7, "    '403':"],
    ]);
  });
});

describe('capi-lint reports a finding about a whole path on the key of the paths map, and one inside it in the path file', () => {
  it('on the path key in the root file that refers to the path file, not on line 1 of that file', async () => {
    const dir = writeTree({
      'openapi.yaml': [
        'openapi: 3.0.3',
        'info: { title: t, version: "1" }',
        'paths:',
        '  /v3/admin/actions/clear_buildpack_cache:',
        '    $ref: ./paths/admin.yaml',
        '  /v3/tasks/{guid}/cancel:',
        '    $ref: ./paths/tasks.yaml',
      ].join('\n'),
      'paths/admin.yaml': ['post:', '  responses:', "    '202':", '      description: accepted'].join('\n'),
      'paths/tasks.yaml': [
        'parameters:',
        '  - { name: guid, in: path, required: true, schema: { type: string, format: uuid } }',
        'post:',
        '  responses:',
        "    '200':",
        '      description: ok',
      ].join('\n'),
    });
    const { results } = await lint(path.join(dir, 'openapi.yaml'), { ruleset: '@capi/ruleset/capi-rules', cwd: ROOT });
    const misplaced = results.filter((result) => result.code === 'capi-actions-under-actions');
    expect(misplaced.map((result) => [path.relative(dir, String(result.source)), result.range.start.line + 1, lineOf(result)])).toEqual([
      ['openapi.yaml', 4, '  /v3/admin/actions/clear_buildpack_cache:'],
      ['paths/tasks.yaml', 3, 'post:'],
    ]);
  });
});

describeWithSharedSpec('where the findings on the official tree point', () => {
  let outcome: ReturnType<typeof lint> | undefined;
  const lintOfficial = () => (outcome ??= lint(path.join(CAPI_OPENAPI, 'openapi.yaml'), { cwd: ROOT }));
  const official = () => lintOfficial().then(({ results }) => results);

  it('every finding about a status code sits on the line of that status code, or of the node under it that is at fault', async () => {
    const about = (await official()).filter((result) => STATUS_CODE_FINDING.test(String(result.code)) && statusCodeOf(result) !== undefined);
    expect(about.length).toBeGreaterThan(200);
    const elsewhere = about
      .filter((result) => !isKeyLine(lineOf(result), String(result.path[result.path.length - 1])))
      .map((result) => `${result.code} ${path.relative(CAPI_OPENAPI, String(result.source))}:${result.range.start.line + 1} ${lineOf(result).trim()}`);
    expect(elsewhere).toEqual([]);
  });

  it('every finding of a status-code rule names its status code in the path, but for a code that is missing', async () => {
    const withoutCode = (await official())
      .filter((result) => STATUS_CODE_FINDING.test(String(result.code)) && statusCodeOf(result) === undefined)
      .filter((result) => !/documents no success response/.test(result.message));
    expect(withoutCode.map((result) => `${result.code} ${result.message}`)).toEqual([]);
  });

  it('no finding sits at the top of a file: each names a node inside the component or path item, or the key of the path it is about', async () => {
    const atTop = (await official())
      .filter((result) => result.path.length === 0)
      .map((result) => `${result.code} ${path.relative(CAPI_OPENAPI, String(result.source))}: ${result.message}`);
    expect(atTop).toEqual([]);
  });

  it('every finding starts on the line of the node its path ends at', async () => {
    const problems: string[] = [];
    for (const result of await official()) {
      const where = `${result.code} ${path.relative(CAPI_OPENAPI, String(result.source))}:${result.range.start.line + 1} ${result.path.join('.')}`;
      const last = result.path[result.path.length - 1];
      if (last === undefined) continue;
      // A number is a list index (the item's `- ` line) or a key such as a status code.
      const onNode = isKeyLine(lineOf(result), String(last)) || (/^\d+$/.test(String(last)) && lineOf(result).trimStart().startsWith('-'));
      if (!onNode) problems.push(`${where}: the line is not the node "${last}"`);
    }
    expect(problems).toEqual([]);
  });

  it('every finding of a capi rule sits on the node its message names (the check each rule also passes on its scenarios)', async () => {
    const { bundleSpec } = await import('../lib/bundle');
    const { document } = await bundleSpec(path.join(CAPI_OPENAPI, 'openapi.yaml'));
    const { results, ruleset } = await lintOfficial();
    const problems = results.flatMap((result) => {
      const at = bundlePathOf(result) ?? [];
      const where = `${result.code} ${path.relative(CAPI_OPENAPI, String(result.source))}:${result.range.start.line + 1}`;
      return offNode({ ...result, path: at }, document, ruleset.rules[String(result.code)]?.resolved !== false).map((problem) => `${where}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });
});

describe('the check that a finding sits on the node its message names', () => {
  const document = {
    paths: {
      '/v3/apps': {
        get: {
          parameters: [{ name: 'names', in: 'query' }],
          responses: { '200': { content: { 'application/json': { schema: { properties: { guid: { type: 'string' }, name: { type: 'string' } } } } } }, '404': { description: 'x' } },
        },
      },
    },
  };
  const operation = ['paths', '/v3/apps', 'get'];
  const schema = [...operation, 'responses', '200', 'content', 'application/json', 'schema'];
  const check = (path: (string | number)[], message: string) => offNode({ code: 'capi-x', message, path }, document, true);

  it('fails a finding whose message names one status code, parameter or property under its node', () => {
    expect(check(operation, 'GET /v3/apps 404: a list must not document 404.')).toHaveLength(1);
    expect(check([...operation, 'responses'], 'GET /v3/apps documents 404.')).toHaveLength(1);
    expect(check(operation, 'Query parameter "names" of GET /v3/apps is wrong.')).toHaveLength(1);
    expect(check([...schema, 'properties'], 'Field "guid" must be a UUID.')).toHaveLength(1);
  });

  it('fails a finding on a status code, property or parameter its message does not name', () => {
    expect(check([...operation, 'responses', '200'], 'GET /v3/apps 404: wrong.')).toHaveLength(1);
    expect(check([...schema, 'properties', 'name'], 'Field "guid" must be a UUID.')).toHaveLength(1);
    expect(check([...operation, 'parameters', 0], 'Query parameter "label_selector" is wrong.')).toHaveLength(1);
  });

  it('passes a finding on the node its message names, a missing status code at responses and a missing required field at properties', () => {
    expect(check([...operation, 'responses', '404'], 'GET /v3/apps 404: a list must not document 404.')).toEqual([]);
    expect(check([...operation, 'responses'], 'GET /v3/apps documents 200 but not 403: add 403.')).toEqual([]);
    expect(check([...schema, 'properties', 'guid'], 'Field "guid" must be a UUID.')).toEqual([]);
    expect(check([...schema, 'properties'], 'Fields "guid", "name" are listed but not required.')).toEqual([]);
    expect(check([...schema, 'properties'], 'It has no "links" (it declares "guid"): add "links".')).toEqual([]);
    expect(check([...operation, 'parameters', 0], 'Query parameter "names" is wrong.')).toEqual([]);
    expect(check(operation, 'GET /v3/apps is an action, not a list (it answers 404 with no resource): move it.')).toEqual([]);
  });

  it('states its exceptions for rules of the ruleset only', async () => {
    const { ruleset } = await lint(path.join(ROOT, 'examples', 'capi-example.yaml'), { cwd: ROOT });
    expect(Object.keys(REPORTS_ELSEWHERE).filter((rule) => !(rule in ruleset.rules))).toEqual([]);
  });
});
