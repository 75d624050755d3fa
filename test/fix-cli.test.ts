import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './harness';
import { CLI, run } from './run-cli';
import { checkFixRun, copyTree, filesUnder, snapshot } from './fix-support';
import { editFile } from './support/edit-file';

const { fixSpec, fixFor, lint, writeAtomic } = require(CLI) as typeof import('../cli/capi-lint');

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'fix');

describe('capi-lint --fix on a tree with comments, a shared component, and files it must not write', () => {
  let copy: string;
  let tree: string;
  let before: Map<string, string>;
  let first: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    copy = path.dirname(copyTree(FIXTURE, 'fix'));
    tree = path.join(copy, 'fix', 'tree');
    fs.chmodSync(path.join(tree, 'paths', 'widgets.yaml'), 0o444);
    fs.symlinkSync(path.join(copy, 'fix', 'outside', 'Ids.yaml'), path.join(tree, 'components', 'parameters', 'Linked.yaml'));
    fs.writeFileSync(path.join(tree, 'paths', 'widgets.yaml'), fs.readFileSync(path.join(tree, 'paths', 'widgets.yaml'), 'utf8'));
    before = snapshot(path.join(copy, 'fix'));
    first = await run(['openapi.yaml', '--fix', '--no-baseline'], tree);
  }, 60000);

  afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

  it('fixes the shared parameter once, at its definition, and keeps every comment line', () => {
    const names = fs.readFileSync(path.join(tree, 'components', 'parameters', 'Names.yaml'), 'utf8');
    expect(names).toBe(`${before.get('tree/components/parameters/Names.yaml')}style: form\nexplode: false\n`);
    for (const [file, text] of before) {
      const now = fs.readFileSync(path.join(copy, 'fix', file), 'utf8');
      const comments = (content: string) => content.split('\n').filter((line) => line.includes('#'));
      expect([file, comments(text).every((line) => now.includes(line))]).toEqual([file, true]);
    }
  });

  it('applies overlapping fixes in passes: the marker of an operation and the parameter that ends it', () => {
    const things = fs.readFileSync(path.join(tree, 'paths', 'things.yaml'), 'utf8');
    expect(things).toBe(
      before
        .get('tree/paths/things.yaml')!
        .replace('        description: Thing guids\n', '        description: Thing guids\n        style: form\n        explode: false\n')
        .replace('schema: {type: array, items: {type: string}}\n', 'schema: {type: array, items: {type: string}}\n        style: form\n        explode: false\n    x-experimental: true\n'),
    );
  });

  it('appends to a required list and creates one, in the style of the file', () => {
    expect(fs.readFileSync(path.join(tree, 'components', 'schemas', 'Thing.yaml'), 'utf8')).toBe(
      before.get('tree/components/schemas/Thing.yaml')!.replace('  - name # always\n', '  - name # always\n  - guid\n  - created_at\n  - updated_at\n'),
    );
    expect(fs.readFileSync(path.join(tree, 'components', 'schemas', 'Pagination.yaml'), 'utf8')).toBe(
      `${before.get('tree/components/schemas/Pagination.yaml')}required:\n  - total_results\n  - total_pages\n  - first\n  - last\n  - next\n  - previous\n`,
    );
  });

  it('writes no file above the spec\'s folder nor a read-only one, and names each as not fixed', () => {
    expect(fs.readFileSync(path.join(copy, 'fix', 'outside', 'Ids.yaml'), 'utf8')).toBe(before.get('outside/Ids.yaml'));
    expect(fs.readFileSync(path.join(tree, 'paths', 'widgets.yaml'), 'utf8')).toBe(before.get('tree/paths/widgets.yaml'));
    expect(first.stderr).toMatch(/not fixed in .*outside\/Ids\.yaml: .*"ids".*outside the spec's folder/);
    expect(first.stderr).toMatch(/not fixed in paths\/widgets\.yaml: .*"colors".*read-only/);
    expect(first.stderr).toContain('capi-lint: fixed 6 findings in 4 files.');
  });

  it('leaves no temporary file, reports what is left with the exit code of a lint of the result', async () => {
    expect(filesUnder(tree).filter((file) => path.basename(file).includes('capi-fix'))).toEqual([]);
    const after = await run(['openapi.yaml', '--no-baseline'], tree);
    expect(first.code).toBe(after.code);
    expect(first.stdout).toBe(after.stdout);
  });

  it('a second --fix changes nothing', async () => {
    const now = snapshot(path.join(copy, 'fix'));
    const second = await run(['openapi.yaml', '--fix', '--no-baseline'], tree);
    expect(second.stderr).toContain('capi-lint: fixed 0 findings in 0 files.');
    expect(snapshot(path.join(copy, 'fix'))).toEqual(now);
  }, 30000);

  it('does not write through a symlink that points out of the spec\'s folder', async () => {
    fs.writeFileSync(path.join(tree, 'paths', 'linked.yaml'), 'get:\n  parameters:\n    - $ref: ../components/parameters/Linked.yaml\n  responses:\n    \'200\':\n      description: OK\n');
    fs.appendFileSync(path.join(tree, 'openapi.yaml'), '  /v3/linked:\n    $ref: paths/linked.yaml\n');
    const result = await run(['openapi.yaml', '--fix', '--no-baseline', '--fix-rule', 'capi-query-parameters-comma-delimited'], tree);
    expect(result.stderr).toMatch(/not fixed in components\/parameters\/Linked\.yaml: .*a symlink pointing out of the spec's folder/);
    expect(fs.readFileSync(path.join(copy, 'fix', 'outside', 'Ids.yaml'), 'utf8')).toBe(before.get('outside/Ids.yaml'));
    expect(fs.lstatSync(path.join(tree, 'components', 'parameters', 'Linked.yaml')).isSymbolicLink()).toBe(true);
  }, 30000);
});

describe('capi-lint --fix-dry-run and --fix-rule', () => {
  let tree: string;
  afterEach(() => fs.rmSync(path.dirname(path.dirname(tree)), { recursive: true, force: true }));

  it('--fix-dry-run prints the unified diff and changes nothing', async () => {
    tree = path.join(copyTree(FIXTURE), 'tree');
    const before = snapshot(tree);
    const result = await run(['openapi.yaml', '--fix-dry-run', '--no-baseline', '-f', 'summary'], tree);
    expect(snapshot(tree)).toEqual(before);
    expect(result.stdout).toContain('--- a/components/parameters/Names.yaml\n+++ b/components/parameters/Names.yaml\n@@ -6,3 +6,5 @@\n   items:\n     type: string\n description: Names\n+style: form\n+explode: false\n');
    expect(result.stderr).toContain('capi-lint: --fix would fix 7 findings in 5 files (dry run: nothing written).');
    expect(result.code).toBe(1);
  }, 30000);

  it('fixes baselined findings too, and reports by the baseline what is left', async () => {
    tree = path.join(copyTree(FIXTURE), 'tree');
    expect((await run(['openapi.yaml', '--write-baseline'], tree)).code).toBe(0);
    const result = await run(['openapi.yaml', '--fix'], tree);
    expect(result.stderr).toContain('capi-lint: fixed 7 findings in 5 files.');
    expect(fs.readFileSync(path.join(tree, 'components', 'parameters', 'Names.yaml'), 'utf8')).toContain('explode: false');
    expect(result.code).toBe(0);
  }, 60000);

  it('--fix-rule limits the fixes to that rule', async () => {
    tree = path.join(copyTree(FIXTURE), 'tree');
    const before = snapshot(tree);
    const result = await run(['openapi.yaml', '--fix', '--fix-rule', 'capi-resources-required-fields', '--no-baseline'], tree);
    expect(result.stderr).toContain('capi-lint: fixed 1 finding in 1 file.');
    const changed = [...snapshot(tree)].filter(([file, text]) => before.get(file) !== text).map(([file]) => file);
    expect(changed).toEqual([path.join('components', 'schemas', 'Thing.yaml')]);
  }, 30000);

  it('refuses a rule without a safe fix, --fix-rule alone, and --fix on the embedded example, in one line with exit 2', async () => {
    tree = path.join(copyTree(FIXTURE), 'tree');
    for (const argv of [
      ['openapi.yaml', '--fix', '--fix-rule', 'capi-verbs-no-put'],
      ['openapi.yaml', '--fix', '--fix-rule', 'capi-nonsense'],
      ['openapi.yaml', '--fix-rule', 'capi-resources-required-fields'],
      ['--fix'],
      ['openapi.yaml', '--fix', '--fix-dry-run'],
    ]) {
      const result = await run(argv, tree);
      expect([argv.join(' '), result.code, result.stderr.trim().split('\n').length]).toEqual([argv.join(' '), 2, 1]);
    }
  });
});

describe('the fixed tree is checked before anything is written', () => {
  let tree: string;
  afterEach(() => fs.rmSync(path.dirname(path.dirname(tree)), { recursive: true, force: true }));

  it('drops and names a fix that would leave its file unparsable, and applies the others', async () => {
    tree = path.join(copyTree(FIXTURE), 'tree');
    const before = snapshot(tree);
    const breaking: typeof fixFor = (finding, trees) => {
      const fix = fixFor(finding, trees);
      if (!fix || !String(finding.source).endsWith('Thing.yaml')) return fix;
      return { ...fix, title: 'Break it', edits: [{ ...fix.edits[0], newText: '\n  - [unclosed' }] };
    };
    const result = await fixSpec('openapi.yaml', { cwd: tree, fixFor: breaking });
    expect(result.dropped.filter(({ fix }) => fix.rule !== 'capi-query-parameters-comma-delimited').map(({ fix, reason }) => `${fix.title}: ${reason}`)).toEqual(['Break it: it leaves its file unparsable']);
    expect(fs.readFileSync(path.join(tree, 'components', 'schemas', 'Thing.yaml'), 'utf8')).toBe(before.get(path.join('components', 'schemas', 'Thing.yaml')));
    expect(fs.readFileSync(path.join(tree, 'components', 'parameters', 'Names.yaml'), 'utf8')).toContain('explode: false');
  }, 30000);

  it('drops and names a fix that would add a finding', async () => {
    tree = path.join(copyTree(FIXTURE), 'tree');
    const renaming: typeof fixFor = (finding, trees) => {
      const fix = fixFor(finding, trees);
      if (!fix || !String(finding.source).endsWith('Names.yaml')) return fix;
      // Also renames the parameter: capi-query-parameters-names then reports it.
      return { ...fix, title: 'Rename it', edits: [...fix.edits, { file: fix.edits[0].file, range: { start: { line: 1, character: 6 }, end: { line: 1, character: 11 } }, newText: 'Names' }] };
    };
    const result = await fixSpec('openapi.yaml', { cwd: tree, fixFor: renaming });
    expect(result.dropped.filter(({ reason }) => !reason.includes('outside')).map(({ fix, reason }) => `${fix.title}: ${reason.replace(/ at .*/, '')}`)).toEqual(['Rename it: it adds a finding: capi-query-parameters-names']);
    expect(fs.readFileSync(path.join(tree, 'components', 'parameters', 'Names.yaml'), 'utf8')).not.toContain('explode');
    expect(result.fixed).toBe(6);
  }, 30000);

  it('a fix that makes an example invalid is dropped by its fixer\'s rules run first, with no second whole lint of the pass', async () => {
    tree = path.join(copyTree(FIXTURE), 'tree');
    editFile(path.join(tree, 'paths', 'things.yaml'), (text) => text.replace('Thing.yaml\n    parameters:\n', 'Thing.yaml\n            example:\n              name: a thing\n    parameters:\n'));
    const steps: string[] = [];
    const result = await fixSpec('openapi.yaml', { cwd: tree, onProgress: (step) => steps.push(step) });
    const dropped = result.dropped.filter(({ fix }) => fix.rule === 'capi-resources-required-fields');
    expect(dropped.map(({ fix, reason }) => `${fix.title}: ${reason}`)).toEqual(['Require "guid", "created_at", "updated_at": it adds a finding: oas3-valid-media-example at paths/things.yaml:47']);
    expect(steps).toEqual([
      'linting openapi.yaml',
      'checking the fixed tree with oas3-valid-media-example, oas3-valid-schema-example first (pass 1)',
      'checking the fixed tree (pass 1)',
      // The fixes that overlapped one of pass 1 (see the first describe).
      'checking the fixed tree (pass 2)',
    ]);
    expect(fs.readFileSync(path.join(tree, 'components', 'schemas', 'Thing.yaml'), 'utf8')).not.toContain('- guid');
    expect(fs.readFileSync(path.join(tree, 'components', 'parameters', 'Names.yaml'), 'utf8')).toContain('explode: false');
    expect((await lint('openapi.yaml', { cwd: tree })).ruleset.rules['capi-verbs-no-put'].enabled).toBe(true);
  }, 30000);

  it('a write that fails midway leaves the original file and no temporary file', () => {
    tree = path.join(copyTree(FIXTURE), 'tree');
    const file = path.join(tree, 'components', 'schemas', 'Thing.yaml');
    const original = fs.readFileSync(file, 'utf8');
    const failingRename = { writeFileSync: fs.writeFileSync, renameSync: () => { throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' }); } };
    expect(() => writeAtomic(file, 'half', failingRename as any)).toThrow('EIO');
    expect(fs.readFileSync(file, 'utf8')).toBe(original);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['Pagination.yaml', 'Thing.yaml']);
    const failingWrite = { writeFileSync: (target: string) => { fs.writeFileSync(target, 'ha'); throw Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' }); }, renameSync: fs.renameSync };
    expect(() => writeAtomic(file, 'half', failingWrite as any)).toThrow('ENOSPC');
    expect(fs.readFileSync(file, 'utf8')).toBe(original);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['Pagination.yaml', 'Thing.yaml']);
  });

  it('--fix reports a failed write in one line with exit 2, the file left as it was', async () => {
    tree = path.join(copyTree(FIXTURE), 'tree');
    const before = snapshot(tree);
    const failing = { writeFileSync: fs.writeFileSync, renameSync: () => { throw Object.assign(new Error('EIO'), { code: 'EIO' }); } };
    await expect(fixSpec('openapi.yaml', { cwd: tree, writeOps: failing as any })).rejects.toThrow(/cannot write .* \(EIO\); it is left as it was/);
    expect(snapshot(tree)).toEqual(before);
  }, 30000);
});

describe('--fix on the embedded example and on a JSON spec', () => {
  it('the embedded example (copied): fixes, adds no finding, every changed file parses, same operations, a second run changes nothing', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-example-'));
    fs.copyFileSync(path.join(ROOT, 'examples', 'capi-example.yaml'), path.join(folder, 'capi-example.yaml'));
    try {
      await checkFixRun(folder, 'capi-example.yaml', 1);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }, 120000);

  it('a JSON spec: the same', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-json-'));
    const Parsers = require('@stoplight/spectral-parsers');
    const data = Parsers.Yaml.parse(fs.readFileSync(path.join(ROOT, 'examples', 'capi-example.yaml'), 'utf8')).data;
    fs.writeFileSync(path.join(folder, 'openapi.json'), `${JSON.stringify(data, null, 2)}\n`);
    try {
      await checkFixRun(folder, 'openapi.json', 1);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }, 120000);
});
