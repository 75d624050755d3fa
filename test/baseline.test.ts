import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { ROOT } from './harness';
import { run } from './run-cli';
import { CAPI_OPENAPI, describeWithSharedSpec } from './shared';
import { editFile } from './support/edit-file';

const BASELINE = '.capi-lint-baseline.yaml';
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

function tempCopy(from: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-baseline-'));
  fs.cpSync(from, folder, { recursive: true });
  return folder;
}

/** Reverses the order of a YAML file's top-level keys (each key with the indented lines under it). */
function reverseTopLevelKeys(text: string): string {
  const blocks: string[][] = [];
  for (const line of text.replace(/\n$/, '').split('\n')) {
    if (/^[^\s#]/.test(line) || blocks.length === 0) blocks.push([]);
    blocks[blocks.length - 1].push(line);
  }
  return `${blocks.reverse().map((block) => block.join('\n')).join('\n')}\n`;
}

const findings = (json: string) =>
  JSON.parse(json).map((result: ISpectralDiagnostic) => `${result.code} ${path.basename(String(result.source))} ${result.path.join(' ')}`);

describeWithSharedSpec('a baseline on a copy of the official multi-file tree', () => {
  let tree: string;
  const apps = () => path.join(tree, 'paths', 'Apps.yaml');
  beforeAll(() => {
    tree = tempCopy(CAPI_OPENAPI);
  });
  afterAll(() => fs.rmSync(tree, { recursive: true, force: true }));

  it('records every finding with --write-baseline and exits 0', async () => {
    const written = await run(['openapi.yaml', '--write-baseline'], tree);
    expect(written).toMatchObject({ code: 0, stdout: '' });
    expect(written.stderr).toMatch(/^capi-lint: wrote \d{3} findings to the baseline \.capi-lint-baseline\.yaml \(a new file\)\.\n$/);
    const text = fs.readFileSync(path.join(tree, BASELINE), 'utf8');
    // An action missing from a resource's links is recorded where the link goes: the links schema.
    expect(text).toMatch(/\n {2}components\/schemas\/App\.yaml:\n {4}capi-actions-in-links:\n {6}\/allOf\/1\/properties\/links\/properties:\n {8}- 'Action … is not listed in the links of …: add a "clear_buildpack_cache" link/);
    // No identity names a count of other places, nor the first of them.
    expect(text).not.toMatch(/and \d+ more/);
    expect(text).toContain("- 'Error body schema: \"errors\" is not required;");
  }, 120000);

  it('then reports nothing and exits 0, saying how many findings it left out', async () => {
    const again = await run(['openapi.yaml'], tree);
    expect(again).toMatchObject({ code: 0, stdout: '' });
    expect(again.stderr).toMatch(/^capi-lint: \d{3} findings in the baseline \.capi-lint-baseline\.yaml left out \(--no-baseline shows them\)\.\nNo new findings at or above "error"\.\n$/);
    expect((await run(['openapi.yaml', '--no-baseline'], tree)).code).toBe(1);
  }, 120000);

  it('still exits 0 after 50 lines are inserted at the top of a path file and the keys of every path file are reordered', async () => {
    editFile(apps(), (text) => `${'# inserted\n'.repeat(50)}${text}`);
    const pathFiles = fs.readdirSync(path.join(tree, 'paths')).map((file) => path.join(tree, 'paths', file));
    const reordered = pathFiles.filter((file) => {
      const text = fs.readFileSync(file, 'utf8');
      fs.writeFileSync(file, reverseTopLevelKeys(text));
      return reverseTopLevelKeys(text) !== text;
    });
    expect(reordered.length).toBeGreaterThan(20);
    const { code, stdout, stderr } = await run(['openapi.yaml', '-f', 'json'], tree);
    expect({ code, findings: findings(stdout) }).toEqual({ code: 0, findings: [] });
    expect(stderr).not.toContain('fixed');
  }, 120000);

  it('exits 1 and shows exactly the new finding when a GET gets a request body', async () => {
    const original = fs.readFileSync(apps(), 'utf8');
    editFile(apps(), (text) => text.replace('\n/v3/apps:\n  get:\n', '\n/v3/apps:\n  get:\n    requestBody:\n      content:\n        application/json:\n          schema:\n            type: object\n'));
    const { code, stdout } = await run(['openapi.yaml', '-f', 'json'], tree);
    fs.writeFileSync(apps(), original);
    expect({ code, findings: findings(stdout) }).toEqual({ code: 1, findings: ['capi-verbs-get-no-request-body Apps.yaml /v3/apps get requestBody'] });
  }, 120000);

  it('reports a fixed baselined finding as fixed, with the hint to prune it, and exits 0', async () => {
    editFile(apps(), (text) => text.replace('detail: The given app name is already taken in the targeted space\n', 'detail: The given app name is already taken in the targeted space.\n'));
    const { code, stdout, stderr } = await run(['openapi.yaml'], tree);
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
    expect(stderr).toContain(
      'capi-lint: 1 baseline entry no longer occurs (fixed); run with --write-baseline to prune it from .capi-lint-baseline.yaml:\n' +
        '  fixed: paths/Apps.yaml capi-errors-detail-sentence /~1v3~1apps/post/responses/422/content/application~1json/examples/uniqueness_error/value/errors/0/detail: Error detail "The given app name is already taken in the targeted space"',
    );
    const rewritten = await run(['openapi.yaml', '--write-baseline'], tree);
    expect(rewritten.stderr).toMatch(/^capi-lint: wrote \d{3} findings to the baseline \.capi-lint-baseline\.yaml \(0 added, 1 removed\)\.\n$/);
    expect((await run(['openapi.yaml'], tree)).stderr).not.toContain('fixed');
  }, 120000);

  it('works the same on bundled.yaml, with --baseline naming the file', async () => {
    const options = ['--baseline', 'bundled-baseline.yaml'];
    expect((await run(['bundled.yaml', ...options, '--write-baseline'], tree)).code).toBe(0);
    expect(fs.readFileSync(path.join(tree, 'bundled-baseline.yaml'), 'utf8')).toMatch(/^ {2}bundled\.yaml:$/m);
    const { code, stdout, stderr } = await run(['bundled.yaml', ...options, '-f', 'json'], tree);
    expect({ code, findings: findings(stdout) }).toEqual({ code: 0, findings: [] });
    expect(stderr).not.toContain('fixed');
  }, 120000);
});

describe('a baseline on a single file', () => {
  let folder: string;
  beforeEach(() => {
    folder = tempCopy(path.join(ROOT, 'examples'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('counts each entry once: a message listed twice for one finding leaves one entry reported as fixed', async () => {
    await run(['capi-example.yaml', '--write-baseline'], folder);
    const baseline = path.join(folder, BASELINE);
    const puts = fs.readFileSync(baseline, 'utf8').match(/^ {4}capi-verbs-no-put:\n {6}(\S+):\n {8}- (.*)$/m);
    expect(puts).not.toBeNull();
    // The same entry listed twice stands for two findings: one of them is then fixed.
    editFile(baseline, (text) => text.replace(puts![0], `${puts![0]}\n        - ${puts![2]}`));
    const twice = await run(['capi-example.yaml', '-F', 'warn'], folder);
    expect(twice.code).toBe(0);
    expect(twice.stderr).toContain(`capi-lint: 1 baseline entry no longer occurs (fixed)`);
  }, 60000);

  it('reports the same mistake at a new place as new', async () => {
    fs.writeFileSync(path.join(folder, 'one.yaml'), twoPaths(['/v3/widgets']));
    await run(['one.yaml', '--write-baseline'], folder);
    fs.writeFileSync(path.join(folder, 'one.yaml'), twoPaths(['/v3/widgets', '/v3/gadgets']));
    const { code, stdout } = await run(['one.yaml', '-f', 'json', '-F', 'warn'], folder);
    expect(code).toBe(1);
    expect(findings(stdout).filter((finding: string) => finding.startsWith('capi-verbs-no-put'))).toEqual(['capi-verbs-no-put one.yaml paths /v3/gadgets/{guid} put']);
    expect(findings(stdout).filter((finding: string) => finding.includes('widgets'))).toEqual([]);
  }, 60000);
});

/** A small clean spec whose resources each have a PUT (a capi-verbs-no-put warning each). */
function twoPaths(collections: string[]): string {
  const put = [
    '    put:',
    '      operationId: replace',
    '      responses:',
    "        '200':",
    '          description: ok',
    '          content:',
    '            application/json:',
    '              schema: { type: object }',
  ];
  return [
    'openapi: 3.0.3',
    'info: { title: t, version: "1", description: d, contact: { name: n } }',
    'servers: [{ url: "https://api.example.com" }]',
    'paths:',
    ...collections.flatMap((collection) => [`  ${collection}/{guid}:`, ...put.map((line) => line.replace('replace', `replace${collection.replace(/\W/g, '')}`))]),
  ].join('\n');
}

describe('a baseline with a user ruleset and its overrides', () => {
  it('holds the findings under that ruleset; a finding the override turned off is new without it', async () => {
    const folder = tempCopy(FIXTURES);
    const rulesets = path.join(folder, 'rulesets');
    // The ruleset extends ../../../dist/index.js: point it back at this project's build.
    editFile(path.join(rulesets, '.spectral.yaml'), (text) => text.replace("'../../../dist/index.js'", JSON.stringify(path.join(ROOT, 'dist', 'index.js'))));
    const spec = path.join(folder, 'multi', 'openapi.yaml');
    await run([spec, '--write-baseline', '-F', 'info'], rulesets);
    expect(fs.readFileSync(path.join(rulesets, BASELINE), 'utf8')).toMatch(/^ {2}'\.\.\/multi\/schemas\/Included\.yaml':$/m);
    expect(await run([spec, '-F', 'hint'], rulesets)).toMatchObject({ code: 0 });
    const withoutOverrides = await run([spec, '-r', path.join(ROOT, 'dist', 'index.js'), '-f', 'json', '-F', 'hint'], rulesets);
    expect(findings(withoutOverrides.stdout)).toEqual(['capi-verbs-no-put apps.yaml /v3/apps/{guid} put']);
    fs.rmSync(folder, { recursive: true, force: true });
  }, 60000);
});

describe('a broken baseline: one line naming the file and place, exit 2', () => {
  let folder: string;
  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-baseline-bad-'));
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it.each([
    ['malformed YAML', 'capi-lint-baseline: 1\nfiles: [\n', /^capi-lint: .*\/b\.yaml:\d+:\d+: malformed YAML: /],
    ['not a baseline', 'openapi: 3.0.0\n', /^capi-lint: .*\/b\.yaml:1:1: not a capi-lint baseline: expected "capi-lint-baseline: 1" at the top$/],
    ['messages not a list', "capi-lint-baseline: 1\nfiles:\n  a.yaml:\n    capi-verbs-no-put:\n      /x: 'one'\n", /^capi-lint: .*\/b\.yaml:5:\d+: not a capi-lint baseline: "\/x" must hold a list of messages$/],
    ['a pointer without its slash', "capi-lint-baseline: 1\nfiles:\n  a.yaml:\n    rule:\n      x: ['m']\n", /^capi-lint: .*\/b\.yaml:5:\d+: not a capi-lint baseline: "x" is not a JSON pointer/],
  ])('%s', async (_, text, message) => {
    fs.writeFileSync(path.join(folder, 'b.yaml'), text);
    for (const argv of [['--baseline', 'b.yaml'], ['--baseline', 'b.yaml', '--write-baseline']]) {
      const { code, stdout, stderr } = await run([path.join(ROOT, 'examples', 'capi-example.yaml'), ...argv], folder);
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr.trimEnd()).toMatch(message);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('a --baseline file that does not exist', async () => {
    const { code, stderr } = await run([path.join(ROOT, 'examples', 'capi-example.yaml'), '--baseline', 'none.yaml'], folder);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^capi-lint: .*\/none\.yaml: no such file\n$/);
  });
});

describe('a baseline and a rule that failed inside @capi/ruleset', () => {
  const { compare, recordBaseline } = require('../cli/baseline') as typeof import('../cli/baseline');
  const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const finding = (message: string) => ({ code: 'capi-verbs-no-put', message, path: ['paths'], severity: 0, range: at, source: '/spec/openapi.yaml' }) as ISpectralDiagnostic;
  const failure = finding('capi-ruleset-internal: rule "capi-verbs-no-put" could not check this document');

  it('never records the failure, and never leaves it out of a later run', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-baseline-'));
    const file = path.join(folder, BASELINE);
    const written = recordBaseline([finding('PUT is not used.'), failure], file, undefined);
    expect(written.total).toBe(1);
    expect(fs.readFileSync(file, 'utf8')).not.toContain('capi-ruleset-internal');
    const identities = require('../cli/baseline-file').readBaseline(file);
    expect(compare([finding('PUT is not used.'), failure], { file, identities }).fresh).toEqual([failure]);
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
