import { Ruleset } from '@stoplight/spectral-core';
import { truthy } from '@stoplight/spectral-functions';
import * as fs from 'fs';
import { SPECTRAL_FORMATTER_FILES } from '../cli/output';
import { BUNDLED_FORMATTER_FILES, formatterFile, oasRuleset, rulesetAssertions, withoutRulesetValidation } from '../cli/spectral-private';

// cli/spectral-private.ts is the one module that reaches past Spectral's public exports, each
// time with a public fallback at run time. These tests fail by name when a Spectral release
// moves what it relies on, so that the speed-up is not lost silently.

describe("Spectral's internals capi-lint relies on", () => {
  it('spectral:oas loads alone from @stoplight/spectral-rulesets/dist/oas, the same ruleset as the package root exports', () => {
    expect(require.resolve('@stoplight/spectral-rulesets/dist/oas')).toMatch(/spectral-rulesets[\\/]dist[\\/]oas[\\/]index\.js$/);
    expect(oasRuleset()).toBe(require('@stoplight/spectral-rulesets').oas);
  });

  it("spectral-core's Ruleset constructor validates through dist/ruleset/validation/assertions.js, which can be bypassed for our own rulesets", () => {
    expect(typeof rulesetAssertions()?.assertValidRuleset).toBe('function');
    // A description must be a string: invalid, yet constructible.
    const invalid = { rules: { 'odd-description': { given: '$', description: 5, then: { function: truthy } } } } as any;
    expect(() => new Ruleset(invalid)).toThrow();
    expect(() => withoutRulesetValidation(() => new Ruleset(invalid))).not.toThrow();
    // and validation is back afterwards
    expect(() => new Ruleset(invalid)).toThrow();
  });

  it('each Spectral formatter capi-lint offers loads alone from its own file of @stoplight/spectral-formatters', () => {
    for (const [file, exportName] of SPECTRAL_FORMATTER_FILES) {
      expect({ file, exists: fs.existsSync(formatterFile(file)) }).toEqual({ file, exists: true });
      expect(typeof require(formatterFile(file))[exportName]).toBe('function');
    }
  });

  it('the formatter files the commands carry (one literal require each, resolved by the build) are those capi-lint offers', () => {
    expect([...BUNDLED_FORMATTER_FILES].sort()).toEqual(SPECTRAL_FORMATTER_FILES.map(([file]) => file).sort());
  });
});
