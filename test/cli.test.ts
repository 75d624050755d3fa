import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { isInternalFailure } from '../lib/document-function';
import { HoistedPaths } from '../lib/hoisted-paths';
import { SourceFiles } from '../lib/source-files';
import { locateFinding } from '../lib/source-map';
import { DiagnosticSeverity, lint as spectralLint, loadBuiltRuleset, ROOT } from './harness';
import { CLI, lint, run } from './run-cli';
import { CAPI_OPENAPI, describeWithSharedSpec } from './shared';
import { sarifErrors } from './sarif-schema';

const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const MULTI = path.join(FIXTURES, 'multi', 'openapi.yaml');

/** "code file:line:column message", the file relative to `base`, lines and columns from 1. */
function describeFinding(result: Pick<ISpectralDiagnostic, 'code' | 'source' | 'range' | 'message'>, base: string): string {
  const { line, character } = result.range.start;
  return `${result.code} ${path.relative(base, String(result.source))}:${line + 1}:${character + 1} ${result.message}`;
}

/** The text of the line a finding starts on. */
function lineOf(result: ISpectralDiagnostic): string {
  return fs.readFileSync(String(result.source), 'utf8').split('\n')[result.range.start.line];
}

function startsAtItsNode(result: ISpectralDiagnostic): boolean {
  const key = result.path[result.path.length - 1];
  if (key === undefined) return result.range.start.line === 0;
  const line = lineOf(result);
  const escaped = String(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[\\s{,])["']?${escaped}["']?\\s*:`).test(line) || (/^\d+$/.test(String(key)) && /^\s*-/.test(line));
}

describe('capi-lint on a multi-file spec with cross-file $ref cycles', () => {
  let results: ISpectralDiagnostic[];
  beforeAll(async () => {
    results = (await lint(MULTI)).results;
  });

  it('has every rule check the spec (no capi-ruleset-internal finding)', () => {
    expect(results.filter(isInternalFailure)).toEqual([]);
  });

  it('reports a finding in a path file at its own line', () => {
    const put = results.find((result) => result.code === 'capi-verbs-no-put');
    expect(put?.source).toBe(path.join(FIXTURES, 'multi', 'paths', 'apps.yaml'));
    expect(put?.path).toEqual(['/v3/apps/{guid}', 'put']);
    expect(lineOf(put!)).toMatch(/^\s+put:/);
  });

  it('reports a finding in a schema file of the cycle at its own line', () => {
    const arrayItems = results.find((result) => result.code === 'array-items');
    expect(arrayItems?.source).toBe(path.join(FIXTURES, 'multi', 'schemas', 'Included.yaml'));
    expect(arrayItems?.path).toEqual(['properties', 'spaces']);
    expect(lineOf(arrayItems!)).toMatch(/^\s+spaces:/);
  });

  it('applies a user ruleset whose overrides name the original files and pointers', async () => {
    const rulesets = path.join(FIXTURES, 'rulesets');
    // The .spectral.yaml in the current folder is the default ruleset.
    const withOverrides = (await lint(MULTI, { cwd: rulesets })).results;
    expect(withOverrides.map((result) => result.code)).not.toContain('capi-verbs-no-put');
    expect(withOverrides.find((result) => result.code === 'array-items')?.severity).toBe(DiagnosticSeverity.Information);
    // -r with the same file from elsewhere gives the same.
    const explicit = (await lint(MULTI, { ruleset: path.join(rulesets, '.spectral.yaml') })).results;
    expect(explicit).toEqual(withOverrides);
  });

  it('takes a ruleset package name for -r', async () => {
    const { code, stdout } = await run(['-r', '@capi/ruleset', MULTI, '-f', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).map((result: ISpectralDiagnostic) => result.code)).toEqual(results.map((result) => result.code));
  });

  it.each([
    ['json', (out: string) => expect(JSON.parse(out)).toHaveLength(results.length)],
    ['sarif', (out: string) => expect(JSON.parse(out).runs[0].results).toHaveLength(results.length)],
    ['github-actions', (out: string) => expect(out).toContain('::warning title=capi-verbs-no-put,file=test/fixtures/multi/paths/apps.yaml')],
    ['junit', (out: string) => expect(out).toMatch(/^<\?xml[\s\S]*org\.spectral\.array-items/)],
    ['text', (out: string) => expect(out).toMatch(/apps\.yaml:\d+:\d+ warning capi-verbs-no-put/)],
  ])('formats its report as %s', async (format, check) => {
    const { code, stdout } = await run([MULTI, '--format', format]);
    expect(code).toBe(1);
    check(stdout);
  });

  it('exits by --fail-severity, writes --output, and --quiet keeps only failing findings', async () => {
    const twoRules = ['-r', path.join(FIXTURES, 'rulesets', 'two-rules.yaml')];
    const codes = (json: string) => JSON.parse(json).map((result: ISpectralDiagnostic) => result.code);
    // A warning and an information: no error.
    expect((await run([MULTI, ...twoRules])).code).toBe(0);
    const all = await run([MULTI, ...twoRules, '-F', 'warn', '-f', 'json']);
    expect({ code: all.code, codes: codes(all.stdout) }).toEqual({ code: 1, codes: ['capi-verbs-no-put', 'array-items'] });
    const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'capi-lint-')), 'report.json');
    const quiet = await run([MULTI, ...twoRules, '-F', 'warn', '-q', '-f', 'json', '-o', output]);
    expect(quiet).toMatchObject({ code: 1, stdout: '', stderr: '' });
    expect(codes(fs.readFileSync(output, 'utf8'))).toEqual(['capi-verbs-no-put']);
  });
});

describe('capi-lint on bad input: one line on stderr, exit 2', () => {
  const bad = (file: string) => path.join(FIXTURES, 'bad', file);
  it.each([
    ['a missing file', [bad('none.yaml')], /^capi-lint: .*bad\/none\.yaml: no such file$/],
    ['malformed YAML', [bad('malformed.yaml')], /^capi-lint: .*bad\/malformed\.yaml:\d+:\d+: malformed YAML: /],
    ['malformed YAML in a referenced file', [bad('malformed-ref/openapi.yaml')], /^capi-lint: .*malformed-ref\/paths\.yaml:\d+:\d+: malformed YAML: /],
    ['not OpenAPI 3.x', [bad('swagger2.yaml')], /^capi-lint: .*swagger2\.yaml: not an OpenAPI 3\.x document \(a Swagger 2 document\)$/],
    ['a $ref to a missing file', [bad('missing-file-ref/openapi.yaml')], /^capi-lint: .*missing-file-ref\/openapi\.yaml: \$ref "\.\/paths\/nope\.yaml#\/~1v3~1apps" points to a missing file: .*paths\/nope\.yaml$/],
    ['a $ref to a folder', [bad('folder-ref/openapi.yaml')], /^capi-lint: .*folder-ref\/openapi\.yaml: \$ref "\.\/paths#\/~1v3~1apps" points to a folder, not a file: .*folder-ref\/paths$/],
    ['a $ref to a missing pointer', [bad('missing-pointer-ref/openapi.yaml')], /^capi-lint: .*missing-pointer-ref\/openapi\.yaml: \$ref "\.\/paths\.yaml#\/~1v3~1nope" points to nothing$/],
    ['an unknown option', ['--bogus'], /^capi-lint: Unknown option '--bogus'/],
    ['an unknown format', ['-f', 'xml'], /^capi-lint: --format must be one of stylish, json, sarif, github-actions, junit, text/],
    ['an unknown ruleset', ['-r', 'no-such-ruleset', MULTI], /^capi-lint: ruleset no-such-ruleset: no such file, nor an installed package$/],
    ['a --max-problems that is not a number', ['--max-problems', 'ten', MULTI], /^capi-lint: --max-problems must be a whole number; got "ten"$/],
    ['--no-baseline with --write-baseline', ['--no-baseline', '--write-baseline', MULTI], /^capi-lint: --no-baseline cannot be combined with --baseline or --write-baseline$/],
  ])('%s', async (_, argv, message) => {
    const { code, stdout, stderr } = await run(argv as string[]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
  });

  it('a pipe or a device, as the spec or where a $ref points: neither is read', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-lint-pipe-'));
    const pipe = path.join(folder, 'paths.yaml');
    execFileSync('mkfifo', [pipe]);
    fs.writeFileSync(path.join(folder, 'openapi.yaml'), "openapi: 3.1.0\ninfo: {title: Pipe, version: '1'}\npaths:\n  /v3/apps:\n    $ref: './paths.yaml#/~1v3~1apps'\n");
    const referred = await run([path.join(folder, 'openapi.yaml')]);
    expect({ code: referred.code, stderr: referred.stderr }).toEqual({ code: 2, stderr: `capi-lint: ${folder}/openapi.yaml: $ref "./paths.yaml#/~1v3~1apps" points to a pipe or a device, not a file: ${pipe}\n` });
    const given = await run([pipe]);
    expect({ code: given.code, stderr: given.stderr }).toEqual({ code: 2, stderr: `capi-lint: ${pipe}: is a pipe or a device, not a file\n` });
  });

  it('as a process too: no stack trace', () => {
    const { status, stderr } = spawnSync(process.execPath, [CLI, bad('missing-pointer-ref/openapi.yaml')], { encoding: 'utf8' });
    expect(status).toBe(2);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the capi-lint command', () => {
  it('shows progress on stderr at a terminal, and nothing when stderr is a pipe', () => {
    const terminal = spawnSync('script', ['-qec', `"${process.execPath}" "${CLI}" "${MULTI}" -f json -o /dev/null`, '/dev/null'], { encoding: 'utf8' });
    expect(terminal.stdout).toContain(`\r\x1b[Kcapi-lint: bundling ${MULTI}…\r\x1b[Kcapi-lint: linting ${MULTI} (1 path)…\r\x1b[K`);
    const piped = spawnSync(process.execPath, [CLI, MULTI, '-f', 'json', '-o', '/dev/null'], { encoding: 'utf8' });
    expect({ status: piped.status, stderr: piped.stderr }).toEqual({ status: 1, stderr: '' });
  });

  it('reports at most --max-problems findings, says how many it left out, and exits by all of them', async () => {
    const all = JSON.parse((await run([MULTI, '-f', 'json'])).stdout);
    const { code, stdout, stderr } = await run([MULTI, '-f', 'json', '--max-problems', '1']);
    expect(JSON.parse(stdout)).toEqual(all.slice(0, 1));
    expect({ code, stderr }).toEqual({ code: 1, stderr: `capi-lint: ${all.length - 1} more findings not shown (--max-problems 1).\n` });
  });

  it('prints its usage with --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: capi-lint \[spec\] \[options\]/);
    expect(stdout).toContain('--fail-severity');
  });

  it('lints the embedded example when given no spec', () => {
    const { status, stdout } = spawnSync(CLI, ['-f', 'json'], { cwd: os.tmpdir(), encoding: 'utf8' });
    expect(status).toBe(1);
    const results: ISpectralDiagnostic[] = JSON.parse(stdout);
    expect(new Set(results.map((result) => result.source))).toEqual(new Set([path.join(ROOT, 'examples', 'capi-example.yaml')]));
    expect(results.map((result) => result.code)).toContain('capi-paths-v3-prefix');
    expect(results.filter(isInternalFailure)).toEqual([]);
  });
});

describeWithSharedSpec('capi-lint on the official multi-file CAPI spec', () => {
  const root = path.join(CAPI_OPENAPI, 'openapi.yaml');
  let multi: ISpectralDiagnostic[];
  beforeAll(() => {
    // The bin itself, as a user runs it: stock Spectral crashes on this tree.
    const { status, stdout, stderr } = spawnSync(CLI, [root, '-f', 'json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (status !== 0 && status !== 1) throw new Error(`capi-lint exited ${status}: ${stderr}`);
    multi = JSON.parse(stdout);
  });

  it('has every rule check the spec (no capi-ruleset-internal finding)', () => {
    expect(multi.filter(isInternalFailure)).toEqual([]);
  });

  it('stays quiet and keeps its exit code when its reader stops early (| head), past the pipe buffer', () => {
    const { stdout, stderr } = spawnSync('bash', ['-c', `"${CLI}" "${root}" -f json | head -c 1; echo " exit \${PIPESTATUS[0]}"`], {
      encoding: 'utf8',
    });
    expect(stdout).toBe('[ exit 1\n');
    expect(stderr).toBe('');
  });

  it('reports findings in the tree\'s own files, at lines that hold what they name', () => {
    expect(multi.length).toBeGreaterThan(0);
    for (const result of multi) expect(String(result.source).startsWith(CAPI_OPENAPI + path.sep)).toBe(true);
    // The PUT forms of the cancel action are the action rules' (capi-verbs-no-put leaves actions to them).
    const puts = multi.filter((result) => /^capi-(actions-post-only|actions-under-actions)$/.test(String(result.code)) && result.path[result.path.length - 1] === 'put');
    expect(puts.map((result) => `${path.relative(CAPI_OPENAPI, String(result.source))} ${result.path.join(' ')}`)).toEqual([
      'paths/Tasks.yaml /v3/tasks/{guid}/actions/cancel put',
      'paths/Tasks.yaml /v3/tasks/{guid}/cancel put',
    ]);
    for (const put of puts) expect(lineOf(put)).toMatch(/^\s+put:/);
    // Every finding starts on the line of what its path names: the key, an array item, or the file.
    const misplaced = multi.filter((result) => !startsAtItsNode(result)).map((result) => `${result.code} ${result.source} ${result.path.join('/')}`);
    expect(misplaced).toEqual([]);
  });

  describe('in each CI format', () => {
    // The bin, run from the tree's folder as a CI job runs it from its checkout.
    const format = (name: string) => {
      const { status, stdout } = spawnSync(CLI, ['openapi.yaml', '-f', name], { cwd: CAPI_OPENAPI, encoding: 'utf8', maxBuffer: 1 << 26 });
      expect(status).toBe(1);
      return stdout;
    };

    it('sarif: valid SARIF 2.1.0, one result per finding, each at its source file', async () => {
      const log = JSON.parse(format('sarif'));
      expect(sarifErrors(log)).toEqual([]);
      const results = log.runs[0].results;
      expect(results).toHaveLength(multi.length);
      const uris = new Set(results.map((result: any) => result.locations[0].physicalLocation.artifactLocation.uri));
      expect(uris).toContain('paths/Apps.yaml');
    }, 60000);

    it('github-actions: one annotation per finding, at a file relative to the working folder', async () => {
      const lines = (format('github-actions')).trimEnd().split('\n');
      expect(lines).toHaveLength(multi.length);
      for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) title=[\w-]+,file=((paths|components)\/[\w/]+|openapi)\.yaml,col=\d+,endColumn=\d+,line=\d+,endLine=\d+::/);
    }, 60000);

    it('markdown: a table row per finding', async () => {
      const rows = (format('markdown')).trimEnd().split('\n');
      expect(rows.slice(2)).toHaveLength(multi.length);
      expect(rows[0]).toMatch(/^\| Code +\| Path +\| Message/);
    }, 60000);

    it('summary: one table counting the findings per rule and severity', async () => {
      const rows = (format('summary')).trimEnd().split('\n');
      const counted = rows.slice(2, -1).map((row) => row.split('|').map((cell) => cell.trim()));
      const severityNames = ['error', 'warning', 'info', 'hint'];
      const expected = new Map<string, number>();
      for (const result of multi) {
        const key = `${result.code} ${severityNames[result.severity]}`;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
      expect(new Map(counted.map(([, rule, severity, count]) => [`${rule} ${severity}`, Number(count)]))).toEqual(expected);
      expect(rows[rows.length - 1]).toMatch(new RegExp(`^\\| \\*\\*Total\\*\\* \\| \\d+ errors, \\d+ warnings, \\d+ infos \\| \\*\\*${multi.length}\\*\\* \\|$`));
    }, 60000);
  });

  it('gives the same (rule, source location, message) set as Spectral on bundled.yaml, once mapped', async () => {
    // bundled.yaml is the same tree bundled by Redocly; its findings are mapped into the tree:
    // hoisted components back to the $ref that named their file, then through the files' $refs.
    const bundledFile = path.join(CAPI_OPENAPI, 'bundled.yaml');
    const bundledText = fs.readFileSync(bundledFile, 'utf8');
    const sources = new SourceFiles();
    const hoisted = new HoistedPaths(sources.get(bundledFile).parsed.data, sources.get(root).parsed.data);
    const { rules } = await loadBuiltRuleset();
    const fromBundled = (await spectralLint(bundledText)).map((result) => {
      // A rule Spectral runs unresolved reports at a `$ref`, not at its target; a path item at its key.
      const location = locateFinding(sources, root, hoisted.treePath(result.path), rules[String(result.code)]?.resolved === false);
      return describeFinding({ ...result, source: location.file, range: location.range }, CAPI_OPENAPI);
    });
    const fromTree = multi.map((result) => describeFinding(result, CAPI_OPENAPI));
    expect([...new Set(fromTree)].sort()).toEqual([...new Set(fromBundled)].sort());
  });
});
