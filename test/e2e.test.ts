import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './harness';

// Acts as a user: packs the package, installs the tarball offline into a fresh consumer project,
// and runs the real `spectral` CLI there through both loading paths. The CLI is this project's
// (the same version a consumer installs beside us); the ruleset it loads is the installed tarball,
// resolved from the consumer's folder.
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let consumer: string;

function spectral(args: string[], cwd: string): { code: string; path: string[]; severity: number }[] {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'spectral');
  try {
    return JSON.parse(execFileSync(bin, ['lint', ...args, '-f', 'json', '--quiet'], { cwd, encoding: 'utf8' }));
  } catch (error: any) {
    // spectral exits 1 when it finds errors; its JSON is still on stdout.
    if (error.status === 1 && error.stdout) return JSON.parse(error.stdout);
    throw new Error(`spectral ${args.join(' ')} failed: ${error.stderr || error.message}`);
  }
}

const capiCodes = (results: { code: string }[]) => results.map((r) => r.code).filter((code) => code.startsWith('capi-'));

beforeAll(() => {
  consumer = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-ruleset-consumer-'));
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', consumer], ROOT))[0].filename;
  fs.writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  npm(['install', '--offline', '--legacy-peer-deps', '--no-audit', '--no-fund', path.join(consumer, packed)], consumer);
  // The peers a user gets with `npm install -D @stoplight/spectral-cli`: a .spectral.js that imports our
  // package is loaded by Node at run time, not bundled, so its @stoplight/spectral-* come from node_modules.
  fs.symlinkSync(path.join(ROOT, 'node_modules', '@stoplight'), path.join(consumer, 'node_modules', '@stoplight'), 'dir');
  for (const file of ['test/fixtures/clean.yaml', 'examples/capi-example.yaml']) {
    fs.copyFileSync(path.join(ROOT, file), path.join(consumer, path.basename(file)));
  }
}, 300000);

afterAll(() => fs.rmSync(consumer, { recursive: true, force: true }));

describe('installed from the packed tarball', () => {
  it('works with a .spectral.yaml that extends "@capi/ruleset"', () => {
    const project = fs.mkdtempSync(path.join(consumer, 'project-'));
    fs.writeFileSync(path.join(project, '.spectral.yaml'), 'extends: ["@capi/ruleset"]\n');
    expect(capiCodes(spectral(['../capi-example.yaml'], project))).toContain('capi-verbs-no-put');
    expect(capiCodes(spectral(['../clean.yaml'], project))).toEqual([]);
  });

  it('honours severity changes and per-path overrides as the README shows them', () => {
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

describe('the capi-lint bin of the installed package', () => {
  // The consumer has no peer dependencies installed; NODE_PATH lends it this project's, as an
  // install that follows the README (with @stoplight/spectral-cli) would have them.
  const capiLint = (args: string[]) => {
    const bin = path.join(consumer, 'node_modules', '.bin', 'capi-lint');
    const env = { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') };
    try {
      return { status: 0, stdout: execFileSync(bin, args, { cwd: consumer, env, encoding: 'utf8' }) };
    } catch (error: any) {
      return { status: error.status as number, stdout: String(error.stdout), stderr: String(error.stderr) };
    }
  };

  it('lints a spec, and the embedded example when given none', () => {
    const ownSpec = capiLint(['capi-example.yaml', '-f', 'json']);
    expect(ownSpec.status).toBe(1);
    expect(capiCodes(JSON.parse(ownSpec.stdout))).toContain('capi-paths-v3-prefix');
    const example = capiLint(['-f', 'json']);
    expect(example.status).toBe(1);
    const sources = new Set(JSON.parse(example.stdout).map((result: { source: string }) => result.source));
    expect([...sources]).toEqual([path.join(consumer, 'node_modules', '@capi', 'ruleset', 'examples', 'capi-example.yaml')]);
  });
});
