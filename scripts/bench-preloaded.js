#!/usr/bin/env node
// One bench case: Spectral's API with a ruleset module required directly (no Spectral CLI loader,
// so no rollup re-bundle of the ruleset), linting one spec. Usage: bench-preloaded.js RULESET.js SPEC
const fs = require('fs');
const { Document, Ruleset, Spectral } = require('@stoplight/spectral-core');
const Parsers = require('@stoplight/spectral-parsers');

const [rulesetFile, spec] = process.argv.slice(2);
const spectral = new Spectral();
spectral.setRuleset(new Ruleset(require(rulesetFile), { severity: 'recommended', source: rulesetFile }));
spectral.run(new Document(fs.readFileSync(spec, 'utf8'), Parsers.Yaml, spec)).catch((error) => {
  console.error(error.message);
  process.exit(2);
});
