import * as fs from 'fs';
import * as path from 'path';
import { bundle, createConfig } from '@redocly/openapi-core';
import { Document, Ruleset, Spectral, type ISpectralDiagnostic } from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
import { HoistedPaths } from '../lib/hoisted-paths';
import { SourceFiles } from '../lib/source-files';
import { locateFinding } from '../lib/source-map';
import { writeTree } from './support/hostile';
import { ROOT } from './harness';
import { CAPI_OPENAPI, describeWithSharedSpec } from './shared';

// capi-lint's pipeline is tuned for speed (parsed document, its own $ref resolution, cached
// example validators, lazy loading). Each test runs, beside it, the plain pipeline it replaces:
// Redocly's bundle as JSON text through Spectral's JSON parser and resolver, Spectral's stock
// rules from `spectral:oas`, the ruleset validated by Spectral's own constructor, and every
// finding mapped through a fresh parse of the source files. Both must give the same findings, but
// for examples under a schema that contains itself, which only capi's example rules check: each
// test that meets some names them, by rule and pointer.

const { lint } = require(path.join(ROOT, 'dist', 'capi-lint.js')) as typeof import('../cli/capi-lint');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

/** The published full ruleset with spectral:oas's own rules wherever ours replace one. */
function stockFullRuleset(): unknown {
  const { oas } = require('@stoplight/spectral-rulesets');
  const full = require(path.join(ROOT, 'dist', 'index.js'));
  const rules = Object.fromEntries(Object.entries(full.rules).filter(([id]) => !(id in oas.rules) || typeof full.rules[id] === 'string'));
  return { ...full, rules };
}

function stockCapiRuleset(): unknown {
  return require(path.join(ROOT, 'dist', 'capi-rules.js'));
}

/** "rule file:line:column severity path message", the file relative to `base`. */
function describeFinding(result: ISpectralDiagnostic, base: string): string {
  const { line, character } = result.range.start;
  const file = path.relative(base, String(result.source));
  return `${result.code} ${file}:${line + 1}:${character + 1} ${result.severity} ${result.path.join('/')} ${result.message}`;
}

async function plainPipeline(root: string, definition: unknown): Promise<ISpectralDiagnostic[]> {
  const { bundle: bundled } = await bundle({ ref: root, config: await createConfig({}), dereference: false });
  const document = bundled.parsed;
  const sources = new SourceFiles();
  const hoisted = new HoistedPaths(document, sources.get(root).parsed.data);
  const spectral = new Spectral();
  const ruleset = new Ruleset(definition as any, { severity: 'recommended', source: root });
  spectral.setRuleset(ruleset);
  const results = await spectral.run(new Document(JSON.stringify(document), Parsers.Json, root));
  const mapped = new Map<string, ISpectralDiagnostic>();
  for (const result of results) {
    // A rule Spectral runs unresolved reports at a `$ref`, not at its target; a path item at its key.
    const location = locateFinding(sources, root, hoisted.treePath(result.path), ruleset.rules[String(result.code)]?.resolved === false);
    const finding = { ...result, source: location.file, path: location.path, range: location.range };
    mapped.set(JSON.stringify([finding.code, finding.source, finding.path, finding.message]), finding);
  }
  return [...mapped.values()];
}

async function compare(root: string, ruleset: string | undefined, definition: unknown) {
  const base = path.dirname(root);
  const [tuned, plain] = await Promise.all([lint(root, { ruleset, cwd: ROOT }), plainPipeline(root, definition)]);
  return {
    tuned: tuned.results.map((result) => describeFinding(result, base)).sort(),
    plain: plain.map((result) => describeFinding(result, base)).sort(),
  };
}

const isExampleFinding = (finding: string) => /^oas3-valid-(media|schema)-example /.test(finding);

/** The findings the plain pipeline lacks: examples under a schema that contains itself, which Spectral skips. */
function onlyInTuned(tuned: string[], plain: string[]): string[] {
  return tuned.filter((finding) => !plain.includes(finding));
}

describe('capi-lint gives the findings of the plain Spectral pipeline', () => {
  it.each([
    ['a multi-file tree with a cycle across files', path.join(FIXTURES, 'multi', 'openapi.yaml')],
    ['examples that break their schemas (OpenAPI 3.1)', path.join(FIXTURES, 'examples', 'openapi.yaml')],
    ['examples that break their schemas (OpenAPI 3.0, nullable)', path.join(FIXTURES, 'examples', 'openapi-3.0.yaml')],
  ])('on %s, with the full ruleset', async (_, root) => {
    const { tuned, plain } = await compare(root, undefined, stockFullRuleset());
    expect(plain.length).toBeGreaterThan(0);
    expect(tuned).toEqual(plain);
  });

  it('on a spec holding values JSON cannot carry (YAML .inf, .nan and !!binary), which Spectral sees as JSON has them', async () => {
    const clean = fs.readFileSync(path.join(FIXTURES, 'clean.yaml'), 'utf8');
    const ratio = '  schemas:\n    Ratio:\n      type: number\n      description: A ratio.\n      maximum: .inf\n      example: .nan\n    Blob:\n      type: string\n      description: A blob.\n      example: !!binary aGVsbG8=\n';
    const root = path.join(writeTree({ 'openapi.yaml': clean.replace('  schemas:\n', ratio) }), 'openapi.yaml');
    const { tuned, plain } = await compare(root, undefined, stockFullRuleset());
    expect(plain.some((finding) => finding.includes('components/schemas/Ratio/maximum'))).toBe(true);
    expect(plain.some((finding) => finding.includes('components/schemas/Blob/example'))).toBe(true);
    expect(tuned).toEqual(plain);
  });

  it('re-implements spectral:oas rules under their own name, description, docs link, severity and targets', () => {
    const published = new Ruleset(require(path.join(ROOT, 'dist', 'index.js')), { severity: 'recommended' });
    const stock = new Ruleset(stockFullRuleset() as any, { severity: 'recommended' });
    const replaced = Object.keys(require(path.join(ROOT, 'dist', 'index.js')).rules).filter((id) => !(stockFullRuleset() as any).rules[id]);
    expect(replaced).toContain('oas3-valid-media-example');
    const outside = (rule: any) => {
      const { name, recommended, enabled, description, message, documentationUrl, severity, resolved, given, formats } = rule.toJSON();
      return { name, recommended, enabled, description, message, documentationUrl, severity, resolved, given, formats: [...formats].map((format: any) => format.displayName) };
    };
    for (const id of replaced) expect(outside(published.rules[id])).toEqual(outside(stock.rules[id]));
  });

  it("builds capi-lint's default ruleset with the published one's rules, severities and functions", async () => {
    const { ruleset } = await lint(path.join(FIXTURES, 'multi', 'openapi.yaml'), { cwd: ROOT });
    const published = new Ruleset(require(path.join(ROOT, 'dist', 'index.js')), { severity: 'recommended' });
    const summary = (of: Ruleset) =>
      Object.entries(of.rules).map(([id, rule]) => `${id} ${rule.enabled} ${rule.severity} ${rule.given} ${rule.then.map((then) => then.function.name)}`);
    expect(summary(ruleset)).toEqual(summary(published));
  });

  it('checks examples under a schema that contains itself, which Spectral skips (OpenAPI 3.1: a tree, a cycle across two components, read-only fields left out of a request at every level)', async () => {
    const { tuned, plain } = await compare(path.join(FIXTURES, 'examples', 'recursive.yaml'), undefined, stockFullRuleset());
    expect(plain.filter(isExampleFinding)).toEqual([]);
    expect(onlyInTuned(tuned, plain)).toEqual([
      'oas3-valid-media-example recursive.yaml:19:90 0 paths//v3/nodes/get/responses/200/content/application/json/examples/deep/value/children/0/children/0/name "name" property type must be string',
      'oas3-valid-media-example recursive.yaml:30:107 0 paths//v3/people/get/responses/200/content/application/json/examples/bad/value/leads/0/members/0/leads/0/title "title" property type must be string',
      'oas3-valid-media-example recursive.yaml:47:72 0 paths//v3/folders/post/responses/201/content/application/json/examples/created/value/subfolders/0 Item at index 0 must have required property "guid"',
      'oas3-valid-schema-example recursive.yaml:81:49 0 components/schemas/Team/example/members/0/name "name" property type must be string',
    ]);
    expect(plain.filter((finding) => !tuned.includes(finding))).toEqual([]);
  });

  it('checks examples under a schema that contains itself in OpenAPI 3.0, naming `nullable` in a type error inside the component', async () => {
    const { tuned, plain } = await compare(path.join(FIXTURES, 'examples', 'recursive-3.0.yaml'), undefined, stockFullRuleset());
    expect(plain.filter(isExampleFinding)).toEqual([]);
    expect(onlyInTuned(tuned, plain)).toEqual([
      'oas3-valid-media-example recursive-3.0.yaml:18:78 0 paths//v3/nodes/get/responses/200/content/application/json/examples/bad/value/children/0/parent "parent" property type must be object,null',
    ]);
    expect(plain.filter((finding) => !tuned.includes(finding))).toEqual([]);
  });

  it('checks an example under a schema that contains itself as Spectral does where the schema is not a valid one (its message)', async () => {
    const { tuned, plain } = await compare(path.join(FIXTURES, 'examples', 'recursive-invalid.yaml'), undefined, stockFullRuleset());
    expect(plain.filter(isExampleFinding).map((finding) => finding.split(' 0 ')[1])).toEqual([
      expect.stringMatching(/^paths\/\/v3\/shelves\/get\/responses\/200\/content\/application\/json\/examples\/one\/value schema is invalid: /),
    ]);
    expect(tuned).toEqual(plain);
  });

  it('reports every example that breaks its schema (the fixture holds some of each kind)', async () => {
    const { plain } = await compare(path.join(FIXTURES, 'examples', 'openapi.yaml'), undefined, stockFullRuleset());
    const media = plain.filter((finding) => finding.startsWith('oas3-valid-media-example '));
    expect(media.length).toBeGreaterThanOrEqual(8);
  });
});

describeWithSharedSpec('capi-lint on the official multi-file tree gives the findings of the plain Spectral pipeline', () => {
  const root = path.join(CAPI_OPENAPI, 'openapi.yaml');

  it('with the full ruleset, and the examples under a schema that contains itself, which Spectral skips', async () => {
    const { tuned, plain } = await compare(root, undefined, stockFullRuleset());
    expect(plain.length).toBeGreaterThan(100);
    // to-one relationships whose example has `data: null` where the schema types `data` as an object
    const media = (file: string, pointer: string) => `oas3-valid-media-example ${file} ${pointer} "data" property type must be object`;
    const withoutPosition = (finding: string) => finding.replace(/^(\S+ \S+?):\d+:\d+ \d+ /, '$1 ');
    expect(onlyInTuned(tuned, plain).map(withoutPosition).sort()).toEqual([
      media('paths/Roles.yaml', '/v3/roles/post/responses/201/content/application/json/examples/by_user_guid/value/relationships/space/data'),
      media('paths/Roles.yaml', '/v3/roles/post/responses/201/content/application/json/examples/by_username_and_origin/value/relationships/space/data'),
      media('paths/Roles.yaml', '/v3/roles/{guid}/get/responses/200/content/application/json/examples/default/value/relationships/space/data'),
      media('paths/Spaces.yaml', '/v3/spaces/get/responses/200/content/application/json/examples/default/value/resources/0/relationships/quota/data'),
      media('paths/Spaces.yaml', '/v3/spaces/post/responses/201/content/application/json/examples/default/value/relationships/quota/data'),
      media('paths/Spaces.yaml', '/v3/spaces/{guid}/get/responses/200/content/application/json/examples/default/value/relationships/quota/data'),
      media('paths/Spaces.yaml', '/v3/spaces/{guid}/patch/responses/200/content/application/json/examples/default/value/relationships/quota/data'),
    ]);
    expect(plain.filter((finding) => !tuned.includes(finding))).toEqual([]);
  });

  it('with the CAPI rules alone, named by their package export', async () => {
    const { tuned, plain } = await compare(root, '@capi/ruleset/capi-rules', stockCapiRuleset());
    expect(plain.length).toBeGreaterThan(100);
    expect(tuned).toEqual(plain);
  });
});
