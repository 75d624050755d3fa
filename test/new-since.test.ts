import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { lint, main, run } from './run-cli';
import { CAPI_OPENAPI, describeWithSharedSpec } from './shared';
import { editFile } from './support/edit-file';

// CI has no global git identity: commits take theirs from the environment.
const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'test', GIT_COMMITTER_EMAIL: 'test@example.com' };
const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const GET_WITH_BODY = '/v3/apps:\n  get:\n    requestBody:\n      content:\n        application/json:\n          schema:\n            type: object\n';

/** Moves a YAML file's first top-level key (with the lines under it) to the end of the file. */
function moveFirstKeyToEnd(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  const next = lines.findIndex((line, index) => index > 0 && /^[^\s#]/.test(line));
  return `${[...lines.slice(next), ...lines.slice(0, next)].join('\n')}\n`;
}

/** `run`, with the progress steps capi-lint reports (bundling, linting; "at REF" for the run at the ref). */
async function runWithSteps(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const steps: string[] = [];
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd, progress: { step: (text) => steps.push(text), done: () => {} } });
  return { code, stdout, stderr, steps };
}

const lines = (results: ISpectralDiagnostic[], file: string) => results.filter((result) => result.source === file).map((result) => `${result.code} ${result.range.start.line}`);

describeWithSharedSpec('capi-lint --new-since on a git repository holding the official tree in a subfolder', () => {
  let repository: string;
  let spec: string;
  let apps: string;
  const commit = (message: string) => {
    git(['add', '-A'], repository);
    git(['commit', '-qm', message], repository);
  };
  const untouched = () => {
    expect(git(['status', '--porcelain'], repository)).toBe('');
    expect(git(['stash', 'list'], repository)).toBe('');
  };

  beforeAll(() => {
    repository = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-new-since-'));
    git(['init', '-q'], repository);
    fs.writeFileSync(path.join(repository, 'README.md'), 'Before the spec.\n');
    fs.mkdirSync(path.join(repository, 'tools'));
    fs.writeFileSync(path.join(repository, 'tools', 'README.md'), 'A folder beside the spec.\n');
    commit('before the spec');
    git(['tag', 'before-spec'], repository);
    spec = path.join(repository, 'api', 'v3');
    fs.cpSync(CAPI_OPENAPI, spec, { recursive: true });
    apps = path.join(spec, 'paths', 'Apps.yaml');
    commit('the official tree');
  });
  afterAll(() => fs.rmSync(repository, { recursive: true, force: true }));

  it('reports exactly the finding a commit adds, from the spec folder and from another folder of the repository', async () => {
    editFile(apps, (text) => text.replace(/^\/v3\/apps:\n {2}get:\n/m, GET_WITH_BODY));
    commit('a GET with a request body');
    for (const [cwd, specPath] of [
      [spec, 'openapi.yaml'],
      [path.join(repository, 'tools'), '../api/v3/openapi.yaml'],
    ]) {
      const { code, stdout, stderr } = await run([specPath, '--new-since', 'HEAD~1', '-f', 'json'], cwd);
      const results: ISpectralDiagnostic[] = JSON.parse(stdout);
      expect(results.map((result) => `${result.code} ${path.relative(spec, String(result.source))}`)).toEqual(['capi-verbs-get-no-request-body paths/Apps.yaml']);
      expect(stderr).toMatch(/^capi-lint: \d{3} findings already at HEAD~1 left out \(--new-since\)\.\n$/);
      expect(code).toBe(1);
    }
    const atParent = await runWithSteps(['openapi.yaml', '--new-since', 'HEAD~1'], spec);
    expect(atParent.steps).toEqual(['bundling openapi.yaml', expect.stringMatching(/^linting openapi\.yaml/), 'bundling openapi.yaml at HEAD~1', expect.stringMatching(/^linting openapi\.yaml \(\d+ paths\) at HEAD~1$/)]);
    // Every file of the spec is as committed: HEAD's findings are the current ones, not linted again.
    const atHead = await runWithSteps(['openapi.yaml', '--new-since', 'HEAD'], spec);
    expect(atHead.steps).toEqual(['bundling openapi.yaml', expect.stringMatching(/^linting openapi\.yaml/)]);
    expect(atHead).toMatchObject({ code: 0, stdout: '' });
    expect(atHead.stderr).toMatch(/^capi-lint: \d{3} findings already at HEAD left out \(--new-since\)\.\nNo new findings at or above "error"\.\n$/);
    untouched();
  }, 300000);

  it('reports what is in neither the baseline nor the ref, when given both', async () => {
    // A baseline that holds the new finding: with --new-since HEAD~1 nothing is left.
    const baseline = path.join(os.tmpdir(), `capi-new-since-baseline-${process.pid}.yaml`);
    try {
      expect((await run(['openapi.yaml', '--write-baseline', '--baseline', baseline], spec)).code).toBe(0);
      const both = await run(['openapi.yaml', '--new-since', 'HEAD~1', '--baseline', baseline, '-f', 'json'], spec);
      expect(JSON.parse(both.stdout)).toEqual([]);
      expect(both.stderr).toMatch(/in the baseline .* left out[^\n]*\n.*already at HEAD~1 left out/);
      expect(both.code).toBe(0);
    } finally {
      fs.rmSync(baseline, { force: true });
    }
    untouched();
  }, 300000);

  it('reports nothing for a commit that moves a block of more than 50 lines, though the findings changed lines', async () => {
    const before = (await lint('openapi.yaml', { cwd: spec })).results;
    editFile(apps, moveFirstKeyToEnd);
    commit('/v3/apps after the other paths');
    expect(git(['diff', '--numstat', 'HEAD~1'], repository)).toMatch(/^(\d+)\t\1\tapi\/v3\/paths\/Apps\.yaml\n$/);
    expect(Number(git(['diff', '--numstat', 'HEAD~1'], repository).split('\t')[0])).toBeGreaterThan(50);
    const after = (await lint('openapi.yaml', { cwd: spec })).results;
    const moved = lines(after, apps).filter((line) => !lines(before, apps).includes(line));
    expect(moved.length).toBeGreaterThan(10);
    const { code, stdout, stderr } = await run(['openapi.yaml', '--new-since', 'HEAD~1', '-f', 'json'], spec);
    expect(JSON.parse(stdout)).toEqual([]);
    expect(stderr).toMatch(/^capi-lint: \d{3} findings already at HEAD~1 left out( \(\d+ at another pointer\))? \(--new-since\)\.\n$/);
    expect(code).toBe(0);
    untouched();
  }, 300000);

  it('reports every finding, saying so in one line, when the spec did not exist at the ref', async () => {
    const { code, stdout, stderr } = await run(['api/v3/openapi.yaml', '--new-since', 'before-spec', '-f', 'json'], repository);
    expect(stderr).toBe('capi-lint: api/v3/openapi.yaml did not exist at before-spec: every finding is new.\n');
    expect(JSON.parse(stdout).length).toBeGreaterThan(400);
    expect(code).toBe(1);
  }, 300000);

  it('refuses an unknown ref in one line, exit 2, before linting', async () => {
    for (const ref of ['no-such-branch', '--all', '']) {
      const { code, stdout, stderr } = await run(['openapi.yaml', `--new-since=${ref}`], spec);
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr).toBe(`capi-lint: --new-since: unknown git ref "${ref}" (a shallow clone lacks older commits: fetch them, e.g. actions/checkout with fetch-depth: 0)\n`);
    }
  });
});

describe('capi-lint --new-since on a small spec', () => {
  it('keeps a finding old when its list index moved, and says it matched it at another pointer', async () => {
    const repository = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-new-since-moved-'));
    try {
      const spec = path.join(repository, 'openapi.yaml');
      const clean = fs.readFileSync(path.join(__dirname, 'fixtures', 'clean.yaml'), 'utf8');
      const badName = '        - name: appNames\n          in: query\n          description: Names.\n          schema:\n            type: string\n';
      const include = "        - $ref: '#/components/parameters/Include'\n";
      fs.writeFileSync(spec, clean.replace(/^ {6}parameters:\n/m, (list) => `${list}${badName}`));
      git(['init', '-q'], repository);
      git(['add', '-A'], repository);
      git(['commit', '-qm', 'a query parameter in camelCase, first of its list'], repository);
      // The last parameter of the list moved before it: its pointer goes from parameters/0 to parameters/1.
      editFile(spec, (text) => text.replace(include, '').replace(badName, `${include}${badName}`));
      const now = await run(['openapi.yaml', '-f', 'json'], repository);
      expect(JSON.parse(now.stdout).map((result: ISpectralDiagnostic) => `${result.code} ${result.path.join('/')}`)).toEqual(['capi-query-parameters-names paths//v3/apps/get/parameters/1']);
      const { code, stdout, stderr } = await run(['openapi.yaml', '--new-since', 'HEAD', '-f', 'json'], repository);
      expect(JSON.parse(stdout)).toEqual([]);
      expect(stderr).toBe('capi-lint: 1 finding already at HEAD left out (1 at another pointer) (--new-since).\n');
      expect(code).toBe(0);
    } finally {
      fs.rmSync(repository, { recursive: true, force: true });
    }
  });
});

describe('capi-lint --new-since HEAD before the first commit', () => {
  it('reports every finding, saying the spec did not exist at HEAD', async () => {
    const repository = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-new-since-unborn-'));
    try {
      const clean = fs.readFileSync(path.join(__dirname, 'fixtures', 'clean.yaml'), 'utf8');
      fs.writeFileSync(path.join(repository, 'openapi.yaml'), clean.replace(/^ {6}parameters:\n/m, (list) => `${list}        - name: appNames\n          in: query\n          schema:\n            type: string\n`));
      git(['init', '-q'], repository);
      git(['add', '-A'], repository);
      const { code, stdout, stderr } = await run(['openapi.yaml', '--new-since', 'HEAD', '-f', 'json'], repository);
      expect(JSON.parse(stdout).map((result: ISpectralDiagnostic) => result.code)).toContain('capi-query-parameters-names');
      expect(stderr).toBe('capi-lint: openapi.yaml did not exist at HEAD: every finding is new.\n');
      expect(code).toBe(1);
      expect((await run(['openapi.yaml', '--new-since', 'main~1'], repository)).code).toBe(2);
    } finally {
      fs.rmSync(repository, { recursive: true, force: true });
    }
  });
});

describe('capi-lint --new-since outside a git repository', () => {
  it('says so in one line, exit 2', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-no-git-'));
    try {
      // GIT_CEILING_DIRECTORIES keeps git from finding a repository above the temporary folder.
      fs.copyFileSync(path.join(__dirname, 'fixtures', 'clean.yaml'), path.join(folder, 'clean.yaml'));
      process.env.GIT_CEILING_DIRECTORIES = path.dirname(folder);
      const { code, stdout, stderr } = await run(['clean.yaml', '--new-since', 'HEAD'], folder);
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr).toBe(`capi-lint: --new-since: ${folder} is not inside a git repository\n`);
    } finally {
      delete process.env.GIT_CEILING_DIRECTORIES;
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('is refused with --write-baseline', async () => {
    const { code, stderr } = await run(['openapi.yaml', '--new-since', 'HEAD', '--write-baseline']);
    expect(code).toBe(2);
    expect(stderr).toBe('capi-lint: --new-since cannot be combined with --write-baseline (a baseline records every finding)\n');
  });
});
