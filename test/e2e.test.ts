import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './harness';

// Acts as a user: packs the package, installs the tarball into fresh consumer projects (from the
// npm cache where it holds the packages, else the registry) and runs the real `spectral` CLI and
// the `capi-lint` bin there. One consumer follows the README's install line (the package and
// @stoplight/spectral-cli); the other installs the tarball alone.
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let consumer: string;
let alone: string;
let packedFiles: string[];

function spectral(args: string[], cwd: string): { code: string; path: string[]; severity: number }[] {
  const bin = path.join(consumer, 'node_modules', '.bin', 'spectral');
  try {
    return JSON.parse(execFileSync(bin, ['lint', ...args, '-f', 'json', '--quiet'], { cwd, encoding: 'utf8' }));
  } catch (error: any) {
    // spectral exits 1 when it finds errors; its JSON is still on stdout.
    if (error.status === 1 && error.stdout) return JSON.parse(error.stdout);
    throw new Error(`spectral ${args.join(' ')} failed: ${error.stderr || error.message}`);
  }
}

const capiCodes = (results: { code: string }[]) => results.map((r) => r.code).filter((code) => code.startsWith('capi-'));

function project(prefix: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  return folder;
}

beforeAll(() => {
  consumer = project('capi-ruleset-consumer-');
  alone = project('capi-ruleset-alone-');
  // Packing runs prepack, the build, as from a clean clone.
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', consumer], ROOT));
  packedFiles = packed.files.map((file: { path: string }) => file.path);
  const tarball = path.join(consumer, packed.filename);
  const spectralCli = `@stoplight/spectral-cli@${require('@stoplight/spectral-cli/package.json').version}`;
  const install = ['install', '--prefer-offline', '--no-audit', '--no-fund'];
  npm([...install, tarball, spectralCli], consumer);
  npm([...install, tarball], alone);
  for (const file of ['test/fixtures/clean.yaml', 'examples/capi-example.yaml']) {
    fs.copyFileSync(path.join(ROOT, file), path.join(consumer, path.basename(file)));
    fs.copyFileSync(path.join(ROOT, file), path.join(alone, path.basename(file)));
  }
}, 600000);

afterAll(() => {
  for (const folder of [consumer, alone]) if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

describe('installed from the packed tarball', () => {
  it('works with a .spectral.yaml that extends "@capi/ruleset"', () => {
    const project = fs.mkdtempSync(path.join(consumer, 'project-'));
    fs.writeFileSync(path.join(project, '.spectral.yaml'), 'extends: ["@capi/ruleset"]\n');
    expect(capiCodes(spectral(['../capi-example.yaml'], project))).toContain('capi-verbs-no-put');
    expect(capiCodes(spectral(['../clean.yaml'], project))).toEqual([]);
  });

  it('honours severity changes and per-path overrides as docs/spectral.md shows them', () => {
    const project = fs.mkdtempSync(path.join(consumer, 'project-'));
    fs.copyFileSync(path.join(consumer, 'capi-example.yaml'), path.join(project, 'openapi.yaml'));
    fs.writeFileSync(
      path.join(project, '.spectral.yaml'),
      [
        'extends: ["@capi/ruleset"]',
        'rules:',
        '  capi-verbs-no-put: error',
        'overrides:',
        '  - files: ["openapi.yaml#/paths/~1v3~1route~1%7Bguid%7D"]',
        '    rules:',
        '      capi-verbs-patch-no-query-parameters: off',
      ].join('\n'),
    );
    const results = spectral(['openapi.yaml'], project);
    expect(results.find((r) => r.code === 'capi-verbs-no-put')?.severity).toBe(0);
    expect(capiCodes(results)).not.toContain('capi-verbs-patch-no-query-parameters');
    expect(capiCodes(results)).toContain('capi-verbs-post-no-query-parameters');
  });

  it('lets a .spectral.js compose the CAPI rules alone and re-use a function', () => {
    const project = fs.mkdtempSync(path.join(consumer, 'project-'));
    fs.writeFileSync(
      path.join(project, '.spectral.js'),
      [
        "import capiRules from '@capi/ruleset/capi-rules';",
        "import { v3Prefix } from '@capi/ruleset/functions';",
        'export default {',
        '  extends: [capiRules],',
        "  rules: { 'my-v3-prefix': { given: '$', severity: 'error', message: '{{error}}', then: { function: v3Prefix } } },",
        '};',
      ].join('\n'),
    );
    const codes = spectral(['../capi-example.yaml'], project).map((r) => r.code);
    expect(codes).toContain('my-v3-prefix');
    expect(codes).toContain('capi-paths-v3-prefix');
    expect(codes.some((code) => !code.startsWith('capi-') && code !== 'my-v3-prefix')).toBe(false);
  });

  it('works with -r pointing at the installed ruleset file', () => {
    const rulesetFile = path.join(consumer, 'node_modules', '@capi', 'ruleset', 'dist', 'index.js');
    expect(capiCodes(spectral(['capi-example.yaml', '-r', rulesetFile], consumer))).toContain('capi-paths-v3-prefix');
    expect(capiCodes(spectral(['clean.yaml', '-r', rulesetFile], consumer))).toEqual([]);
  });
});

// A require() call; not one inside generated code text (`'require("ajv/dist/runtime/uri")'` in the
// bundled Ajv of @redocly/openapi-core is a string it emits for standalone validators).
const REQUIRE_CALL = /(?<![`'"])require\(["']([^"']+)["']\)/g;

describe('dist/', () => {
  it('imports nothing but @stoplight/spectral-* and Node built-ins', () => {
    const builtins = new Set(require('module').builtinModules);
    const bare = fs
      .readdirSync(path.join(ROOT, 'dist'))
      .filter((file) => file.endsWith('.js'))
      .flatMap((file) => [...fs.readFileSync(path.join(ROOT, 'dist', file), 'utf8').matchAll(REQUIRE_CALL)])
      .map((match) => match[1])
      .filter((id) => !id.startsWith('.') && !id.startsWith('@stoplight/spectral-') && !builtins.has(id.replace(/^node:/, '')));
    expect(bare).toEqual([]);
  });
});

describe('the packed tarball', () => {
  it('holds every file that main, types, bin and exports name', () => {
    const manifest = require('../package.json');
    const named = [manifest.main, manifest.types, ...Object.values(manifest.bin), ...Object.values(manifest.exports).flatMap((entry: any) => (typeof entry === 'string' ? [entry] : Object.values(entry)))];
    const absent = [...new Set(named.map((file: string) => path.normalize(file)))].filter((file) => !packedFiles.includes(file));
    expect(absent).toEqual([]);
  });
});

describe('the capi-lint bin of the installed package', () => {
  const capiLint = (args: string[], cwd: string) => {
    const bin = path.join(cwd, 'node_modules', '.bin', 'capi-lint');
    const { status, stdout, stderr } = spawnSync(bin, args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } });
    return { status, stdout, stderr };
  };

  it('lints a spec, and the embedded example when given none', () => {
    const ownSpec = capiLint(['capi-example.yaml', '-f', 'json'], consumer);
    expect(ownSpec.status).toBe(1);
    expect(capiCodes(JSON.parse(ownSpec.stdout))).toContain('capi-paths-v3-prefix');
    const example = capiLint(['-f', 'json'], consumer);
    expect(example.status).toBe(1);
    const sources = new Set(JSON.parse(example.stdout).map((result: { source: string }) => result.source));
    expect([...sources]).toEqual([path.join(consumer, 'node_modules', '@capi', 'ruleset', 'examples', 'capi-example.yaml')]);
  });

  it('works installed alone, in every format', () => {
    for (const format of ['stylish', 'json', 'sarif', 'github-actions', 'markdown', 'summary']) {
      const { status, stdout, stderr } = capiLint(['capi-example.yaml', '-f', format], alone);
      expect({ format, status, stderr: stderr.replace(/^capi-lint: .*\n/gm, '') }).toEqual({ format, status: 1, stderr: '' });
      expect(stdout).toContain('capi-verbs-no-put');
    }
    expect(fs.existsSync(path.join(alone, 'node_modules', '@stoplight', 'spectral-cli'))).toBe(false);
  });

  it('loads a user .spectral.yaml given with -r through @stoplight/spectral-cli', () => {
    const project = fs.mkdtempSync(path.join(consumer, 'project-'));
    fs.writeFileSync(path.join(project, 'rules.spectral.yaml'), ['extends: ["@capi/ruleset"]', 'rules:', '  capi-verbs-no-put: info', '  my-no-put:', '    given: $.paths[*].put', '    severity: error', '    then: { function: falsy }'].join('\n'));
    const bin = path.join(consumer, 'node_modules', '.bin', 'capi-lint');
    const { status, stdout, stderr } = spawnSync(bin, ['../capi-example.yaml', '-r', 'rules.spectral.yaml', '-f', 'json'], { cwd: project, encoding: 'utf8' });
    expect({ status, stderr: stderr.replace(/^capi-lint: .*\n/gm, '') }).toEqual({ status: 1, stderr: '' });
    const results: { code: string; severity: number }[] = JSON.parse(stdout);
    expect(results.find((r) => r.code === 'capi-verbs-no-put')?.severity).toBe(2);
    expect(results.find((r) => r.code === 'my-no-put')?.severity).toBe(0);
  });

  it('installed alone, names the one package a user ruleset needs instead of failing with a stack trace', () => {
    const project = fs.mkdtempSync(path.join(alone, 'project-'));
    fs.writeFileSync(path.join(project, '.spectral.yaml'), 'extends: ["@capi/ruleset"]\n');
    const { status, stdout, stderr } = spawnSync(path.join(alone, 'node_modules', '.bin', 'capi-lint'), ['../capi-example.yaml'], { cwd: project, encoding: 'utf8' });
    expect({ status, stdout }).toEqual({ status: 2, stdout: '' });
    expect(stderr).toBe('capi-lint: capi-lint needs @stoplight/spectral-cli to load this ruleset: npm install --save-dev @stoplight/spectral-cli\n');
  });
});
