import * as path from 'path';
import { Document, Ruleset, Spectral, ISpectralDiagnostic } from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
// The same bundling a user's `spectral lint -r` goes through, through public exports only.
import { spectralRulesetLoader } from '../cli/spectral-loader';
import { isInternalFailure } from '../lib/document-function';
import { offNode } from './support/finding-node';

export { DiagnosticSeverity } from '../lib/severity';

export const ROOT = path.resolve(__dirname, '..');
export const BUILT_RULESET = path.join(ROOT, 'dist', 'index.js');

let loading: Promise<Ruleset> | undefined;
const enabledByDefault = new Map<string, boolean>();

/** The built dist/index.js, loaded once per test file through Spectral's own loader. */
export function loadBuiltRuleset(): Promise<Ruleset> {
  loading ??= spectralRulesetLoader()(BUILT_RULESET).then((ruleset) => {
    for (const [id, rule] of Object.entries(ruleset.rules)) enabledByDefault.set(id, rule.enabled);
    return ruleset;
  });
  return loading;
}

export type Finding = Pick<ISpectralDiagnostic, 'code' | 'path' | 'message' | 'severity'>;

/**
 * Lints with the whole built ruleset, or with only `ruleId` enabled at its real severity. Fails
 * when a rule could not check the document (a `capi-ruleset-internal:` finding), whatever the test expects.
 */
export async function lint(document: unknown, ruleId?: string): Promise<ISpectralDiagnostic[]> {
  const ruleset = await loadBuiltRuleset();
  for (const [id, rule] of Object.entries(ruleset.rules)) {
    rule.enabled = ruleId === undefined ? enabledByDefault.get(id) === true : id === ruleId;
  }
  const spectral = new Spectral();
  spectral.setRuleset(ruleset);
  const source = typeof document === 'string' ? document : JSON.stringify(document, null, 2);
  const parser = typeof document === 'string' ? Parsers.Yaml : Parsers.Json;
  const results = await spectral.run(new Document(source, parser as never, '/fixture.yaml'));
  const failures = results.filter(isInternalFailure);
  if (failures.length > 0) throw new Error(failures.map((failure) => failure.message).join('\n'));
  return results.filter((result) => ruleId === undefined || result.code === ruleId);
}

export interface Scenario {
  name: string;
  document: unknown;
  /** Every finding expected, in any order; `code` defaults to the rule under test. */
  errors: (Omit<Finding, 'code'> & { code?: string })[];
}

/**
 * Spectral-style scenario test for one rule; it also holds that every finding of its scenarios
 * sits on the node its message names (test/support/finding-node.ts).
 */
export function testRule(ruleId: string, scenarios: Scenario[]): void {
  const linted = new Map<Scenario, Promise<ISpectralDiagnostic[]>>();
  const lintOnce = (scenario: Scenario) => linted.get(scenario) ?? linted.set(scenario, lint(scenario.document, ruleId)).get(scenario)!;
  describe(ruleId, () => {
    it('is in the built ruleset', async () => {
      expect(Object.keys((await loadBuiltRuleset()).rules)).toContain(ruleId);
    });
    for (const scenario of scenarios) {
      it(scenario.name, async () => {
        const actual = (await lintOnce(scenario)).map(({ code, path, message, severity }) => ({
          code,
          path: path.map(String),
          message,
          severity,
        }));
        const expected = scenario.errors.map((error) => ({ code: ruleId, ...error, path: error.path.map(String) }));
        expect(sortFindings(actual)).toEqual(sortFindings(expected));
      });
    }
    it('reports every finding of its scenarios on the node its message names', async () => {
      const resolved = (await loadBuiltRuleset()).rules[ruleId]?.resolved !== false;
      const problems: string[] = [];
      for (const scenario of scenarios) {
        const document = typeof scenario.document === 'string' ? Parsers.Yaml.parse(scenario.document).data : JSON.parse(JSON.stringify(scenario.document));
        for (const finding of await lintOnce(scenario)) {
          problems.push(...offNode(finding, document, resolved).map((problem) => `${scenario.name}: ${finding.path.join('.')}: ${problem}`));
        }
      }
      expect(problems).toEqual([]);
    });
  });
}

function sortFindings<T extends { path: unknown; message: string }>(findings: T[]): T[] {
  const key = (f: T) => `${JSON.stringify(f.path)} ${f.message}`;
  return [...findings].sort((a, b) => key(a).localeCompare(key(b)));
}

/** A minimal OpenAPI 3.1 document around the given paths and components. */
export function openapi(paths: Record<string, unknown>, components: Record<string, unknown> = {}): Record<string, unknown> {
  return { openapi: '3.1.0', info: { title: 'Test', version: '1.0.0' }, paths, components };
}
