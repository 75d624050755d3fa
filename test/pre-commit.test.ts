import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './harness';
import { run } from './run-cli';
import { CAPI_OPENAPI } from './shared';

// The hook as a user gets it: the real pre-commit framework installs this repository's
// .pre-commit-hooks.yaml hook (language node: npm install, npm pack, npm install -g of the
// tarball) into a temporary git repository holding a copy of the official tree and a baseline.
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const hasSpec = fs.existsSync(path.join(CAPI_OPENAPI, 'openapi.yaml'));
const missing = [!hasPreCommit && 'pre-commit (Debian package pre-commit)', !hasSpec && CAPI_OPENAPI].filter(Boolean);
const describeWithPreCommit = missing.length === 0 || process.env.CI ? describe : describe.skip;
if (missing.length > 0 && !process.env.CI) console.warn(`Skipping the pre-commit hook test: ${missing.join(' and ')} absent (CI is unset).`);

const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describeWithPreCommit('the capi-lint and capi-lint-new pre-commit hooks', () => {
  let scratch: string;
  let spec: string;
  let env: NodeJS.ProcessEnv;
  const commit = (message: string) => {
    git(['add', '-A'], spec);
    // git runs the hook with its stdout on stderr.
    const { status, stdout, stderr } = spawnSync('git', ['commit', '-m', message], { cwd: spec, env, encoding: 'utf8' });
    return { status, output: `${stdout}${stderr}` };
  };
  const commits = () => git(['rev-list', '--count', 'HEAD'], spec).trim();
  const configure = (args: string[], rev: string, id = 'capi-lint') =>
    fs.writeFileSync(
      path.join(spec, '.pre-commit-config.yaml'),
      ['repos:', `  - repo: ${path.join(scratch, 'hook')}`, `    rev: ${rev}`, '    hooks:', `      - id: ${id}`, `        args: ${JSON.stringify(args)}`, ''].join('\n'),
    );

  beforeAll(async () => {
    if (!hasPreCommit) throw new Error('pre-commit is not installed (Debian package pre-commit; .ci/run installs it)');
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-pre-commit-'));
    const identity = { GIT_AUTHOR_NAME: 'test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'test', GIT_COMMITTER_EMAIL: 'test@example.com' };
    // The registry is reachable in CI; the cache serves what it holds.
    env = { ...process.env, ...identity, PRE_COMMIT_HOME: path.join(scratch, 'cache'), npm_config_prefer_offline: 'true' };
    // The hook repository: this working tree's files as git would commit them.
    const hook = path.join(scratch, 'hook');
    const files = git(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT).split('\0').filter((file) => file && fs.existsSync(path.join(ROOT, file)));
    for (const file of files) fs.cpSync(path.join(ROOT, file), path.join(hook, file));
    git(['init', '-q'], hook);
    git(['add', '-A'], hook);
    execFileSync('git', ['commit', '-qm', 'hook'], { cwd: hook, env });
    const rev = git(['rev-parse', 'HEAD'], hook).trim();

    spec = path.join(scratch, 'spec');
    fs.cpSync(CAPI_OPENAPI, spec, { recursive: true });
    expect((await run(['openapi.yaml', '--write-baseline'], spec)).code).toBe(0);
    configure(['openapi.yaml'], rev);
    git(['init', '-q'], spec);
    git(['add', '-A'], spec);
    execFileSync('git', ['commit', '-qm', 'the official tree and its baseline', '--no-verify'], { cwd: spec, env });
    execFileSync('pre-commit', ['install'], { cwd: spec, env, stdio: 'pipe' });
    const installed = spawnSync('pre-commit', ['install-hooks'], { cwd: spec, env, encoding: 'utf8' });
    if (installed.status !== 0) throw new Error(`pre-commit install-hooks failed:\n${installed.stdout}${installed.stderr}`);
  }, 900000);

  afterAll(() => {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('accepts a clean commit', () => {
    fs.appendFileSync(path.join(spec, 'paths', 'Apps.yaml'), '# a clean change\n');
    const { status, output } = commit('a clean change');
    expect(output).toMatch(/capi-lint \(CAPI v3 OpenAPI style guide\)\.+Passed/);
    expect(status).toBe(0);
    expect(commits()).toBe('2');
  }, 300000);

  it('refuses a commit that adds an error, naming the finding', () => {
    const apps = path.join(spec, 'paths', 'Apps.yaml');
    const original = fs.readFileSync(apps, 'utf8');
    fs.writeFileSync(apps, original.replace(/^\/v3\/apps:\n {2}get:\n/m, '/v3/apps:\n  get:\n    requestBody:\n      content:\n        application/json:\n          schema:\n            type: object\n'));
    const { status, output } = commit('a GET with a request body');
    expect(output).toMatch(/capi-lint \(CAPI v3 OpenAPI style guide\)\.+Failed/);
    expect(output).toMatch(/paths\/Apps\.yaml\n\s+\d+:\d+\s+error\s+capi-verbs-get-no-request-body\s+GET \/v3\/apps declares a request body/);
    expect(output).toContain('✖ 1 problem (1 error');
    expect(status).toBe(1);
    expect(commits()).toBe('2');
    fs.writeFileSync(apps, original);
  }, 300000);

  it('refuses a warning with --fail-severity warn among its args', () => {
    const rev = git(['rev-parse', 'HEAD'], path.join(scratch, 'hook')).trim();
    configure(['openapi.yaml', '--fail-severity', 'warn'], rev);
    const tasks = path.join(spec, 'paths', 'Apps.yaml');
    const original = fs.readFileSync(tasks, 'utf8');
    // A PUT beside the PATCH of /v3/apps/{guid}: a capi-verbs-no-put warning.
    fs.writeFileSync(tasks, original.replace(/^\/v3\/apps\/\{guid\}:\n/m, "/v3/apps/{guid}:\n  put:\n    operationId: replaceApp\n    responses:\n      '200':\n        description: replaced\n        content:\n          application/json:\n            schema:\n              type: object\n"));
    const { status, output } = commit('a PUT');
    expect(output).toMatch(/warning\s+capi-verbs-no-put\s+PUT \/v3\/apps\/\{guid\}/);
    expect(status).toBe(1);
    expect(commits()).toBe('2');
  }, 300000);

  it('capi-lint-new passes a commit that adds no finding to a tree of hundreds, with no baseline', () => {
    // The refused commit above left its PUT staged.
    git(['reset', '-q', '--hard'], spec);
    const rev = git(['rev-parse', 'HEAD'], path.join(scratch, 'hook')).trim();
    configure(['openapi.yaml', '--no-baseline'], rev, 'capi-lint-new');
    fs.appendFileSync(path.join(spec, 'paths', 'Apps.yaml'), '# another clean change\n');
    const { status, output } = commit('another clean change');
    expect(output).toMatch(/capi-lint, new findings only \(CAPI v3 OpenAPI style guide\)\.+Passed/);
    expect(status).toBe(0);
    expect(commits()).toBe('3');
  }, 300000);

  it('capi-lint-new refuses a commit that adds an error, naming only it', () => {
    const apps = path.join(spec, 'paths', 'Apps.yaml');
    const original = fs.readFileSync(apps, 'utf8');
    fs.writeFileSync(apps, original.replace(/^\/v3\/apps:\n {2}get:\n/m, '/v3/apps:\n  get:\n    requestBody:\n      content:\n        application/json:\n          schema:\n            type: object\n'));
    const { status, output } = commit('a GET with a request body');
    expect(output).toMatch(/capi-lint, new findings only \(CAPI v3 OpenAPI style guide\)\.+Failed/);
    expect(output).toMatch(/paths\/Apps\.yaml\n\s+\d+:\d+\s+error\s+capi-verbs-get-no-request-body\s+GET \/v3\/apps declares a request body/);
    expect(output).toContain('✖ 1 problem (1 error');
    expect(output).toMatch(/capi-lint: \d{3} findings already at HEAD left out \(--new-since\)\./);
    expect(status).toBe(1);
    expect(commits()).toBe('3');
    fs.writeFileSync(apps, original);
  }, 300000);
});
