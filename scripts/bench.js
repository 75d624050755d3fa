#!/usr/bin/env node
// `npm run bench`: median wall time and peak memory of linting the official CAPI spec, per case,
// each run a fresh process, cases interleaved round by round; then the ratios the issues set
// targets for (medians of per-round ratios against redocly lint) and a scale series.
// Options: --runs N (default 5) --scale-runs N (default 3) --scales 2,4,8 (default).
// Run it on a quiet machine; it is not a test and asserts nothing.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { parseArgs } = require('util');
const { growSpec } = require('./grow-spec');

const ROOT = path.join(__dirname, '..');
const SPEC_DIR = path.resolve(ROOT, '..', 'shared', 'capi-openapi');
const BUNDLED = path.join(SPEC_DIR, 'bundled.yaml');
const TREE = path.join(SPEC_DIR, 'openapi.yaml');
const SPECTRAL_CLI = require('@stoplight/spectral-cli/package.json');
const SPECTRAL = path.join(path.dirname(require.resolve('@stoplight/spectral-cli/package.json')), SPECTRAL_CLI.bin.spectral);
const REDOCLY = path.join(path.dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
const CAPI_LINT = path.join(ROOT, 'dist', 'capi-lint.js');
const FULL = path.join(ROOT, 'dist', 'index.js');

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'scale-runs': { type: 'string', default: '3' },
    scales: { type: 'string', default: '2,4,8' },
  },
});
const RUNS = Number(values.runs);
const SCALE_RUNS = Number(values['scale-runs']);
const SCALES = values.scales.split(',').map(Number);
const isCount = (n) => Number.isInteger(n) && n > 0;
if (!isCount(RUNS) || !isCount(SCALE_RUNS) || !SCALES.every((n, i) => isCount(n) && n > 1 && (i === 0 || n > SCALES[i - 1]))) {
  console.error('bench: --runs and --scale-runs take a whole number >= 1; --scales increasing whole numbers > 1, e.g. 2,4,8');
  process.exit(2);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-bench-'));
const EMPTY = write('empty.yaml', 'rules: {}\n');
const OAS = write('oas.yaml', 'extends: [[spectral:oas, recommended]]\n');

function write(name, text) {
  fs.writeFileSync(path.join(work, name), text);
  return path.join(work, name);
}

const spectral = (ruleset) => [SPECTRAL, 'lint', BUNDLED, '-r', ruleset, '-f', 'json', '-q'];
const capiLint = (spec, ruleset = FULL) => [CAPI_LINT, spec, '-r', ruleset, '-f', 'json', '-q'];
const redocly = (spec) => [REDOCLY, 'lint', spec, '--format=summary'];
const preloaded = (ruleset) => [path.join(__dirname, 'bench-preloaded.js'), ruleset, BUNDLED];
// --fix writes its tree: each run gets a fresh writable copy (made before the clock starts).
const FIX_TREE = path.join(work, 'fix-tree');
const freshFixTree = () => {
  fs.rmSync(FIX_TREE, { recursive: true, force: true });
  fs.cpSync(SPEC_DIR, FIX_TREE, { recursive: true });
  for (const entry of fs.readdirSync(FIX_TREE, { recursive: true, withFileTypes: true })) {
    fs.chmodSync(path.join(entry.parentPath ?? entry.path, entry.name), entry.isDirectory() ? 0o755 : 0o644);
  }
};
const CASES = [
  { id: 'capiLint', label: 'capi-lint, full ruleset, multi-file openapi.yaml', args: capiLint(TREE) },
  { id: 'capiLintFix', label: 'capi-lint --fix, full ruleset, a copy of the multi-file tree', args: [...capiLint(path.join(FIX_TREE, 'openapi.yaml')), '--fix', '--no-baseline'], prepare: freshFixTree },
  { id: 'capiLintCapi', label: 'capi-lint -r @capi/ruleset/capi-rules (CAPI rules alone), multi-file openapi.yaml', args: capiLint(TREE, '@capi/ruleset/capi-rules') },
  { id: 'redocly', label: 'redocly lint (recommended), multi-file openapi.yaml', args: redocly(TREE) },
  { id: 'capiLintBundled', label: 'capi-lint, full ruleset, bundled.yaml', args: capiLint(BUNDLED) },
  { id: 'floor', label: 'Spectral, empty ruleset, bundled.yaml (floor)', args: spectral(EMPTY) },
  { id: 'oas', label: 'Spectral, spectral:oas alone, bundled.yaml', args: spectral(OAS) },
  { id: 'capi', label: 'Spectral, CAPI rules alone, bundled.yaml', args: spectral(path.join(ROOT, 'dist', 'capi-rules.js')) },
  { id: 'full', label: 'Spectral, full ruleset, bundled.yaml', args: spectral(FULL) },
  { id: 'preloadedFloor', label: 'Spectral API, empty ruleset preloaded, bundled.yaml', args: preloaded(write('empty.js', 'module.exports = { rules: {} };\n')) },
  { id: 'preloadedCapi', label: 'Spectral API, CAPI rules alone preloaded, bundled.yaml', args: preloaded(path.join(ROOT, 'dist', 'capi-rules.js')) },
];

/** One run in a fresh Node process: wall seconds and peak RSS in MB. Exit 0 or 1 (findings) only. */
function measure(args) {
  const rssFile = path.join(work, 'rss.txt');
  fs.rmSync(rssFile, { force: true });
  const env = {
    ...process.env,
    NODE_OPTIONS: `--require ${path.join(__dirname, 'bench-rss.js')}`,
    BENCH_RSS_FILE: rssFile,
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  };
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${path.basename(args[0])} ${args.slice(1).join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  const peaks = fs.readFileSync(rssFile, 'utf8').trim().split('\n').map(Number);
  return { seconds, mb: Math.max(...peaks) / 1024 };
}

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs every case once per round, rounds one after the other, so that run i of each case shares the machine's state. */
function benchInterleaved(cases, runs) {
  const samples = Object.fromEntries(cases.map(({ id }) => [id, []]));
  for (let round = 0; round < runs; round++) {
    for (const { id, args, prepare } of cases) {
      prepare?.();
      samples[id].push(measure(args));
    }
  }
  return samples;
}

const summary = (list) => ({ seconds: median(list.map((s) => s.seconds)), mb: median(list.map((s) => s.mb)) });
/** The median of the per-round ratios a/b: both ran in the same round, under the same load. */
const pairedRatio = (a, b, key = 'seconds') => median(a.map((sample, round) => sample[key] / b[round][key]));
const row = (label, { seconds, mb }) => `| ${label} | ${seconds.toFixed(2)} | ${mb.toFixed(0)} |`;
const verdict = (met) => (met ? 'met' : 'NOT met');

function main() {
  console.log(`capi-lint benchmark: ${os.cpus().length} CPUs, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`${RUNS} interleaved rounds of every case, ${SCALE_RUNS} per scale point; medians, ratios are medians of per-round ratios.\n`);
  const samples = benchInterleaved(CASES, RUNS);
  console.log('| Case | Wall time (s) | Peak memory (MB) |\n| --- | --- | --- |');
  for (const { id, label } of CASES) console.log(row(label, summary(samples[id])));

  const ratio = (a, b, key) => pairedRatio(samples[a], samples[b], key);
  const fullOverRedocly = ratio('capiLint', 'redocly');
  const capiOverRedocly = ratio('capiLintCapi', 'redocly');
  console.log('\nRatios against redocly lint in the same round (targets from issue 11):');
  console.log(`- capi-lint, full ruleset / redocly lint: ${fullOverRedocly.toFixed(2)} (target <= 1.50: ${verdict(fullOverRedocly <= 1.5)})`);
  console.log(`- capi-lint, CAPI rules alone / redocly lint: ${capiOverRedocly.toFixed(2)} (target <= 1.00: ${verdict(capiOverRedocly <= 1)})`);
  console.log(`- peak memory, capi-lint full / redocly lint: ${ratio('capiLint', 'redocly', 'mb').toFixed(2)}`);
  const fixOverLint = ratio('capiLintFix', 'capiLint');
  console.log(`- capi-lint --fix / capi-lint (issue 18): ${fixOverLint.toFixed(2)} (target <= 2.00: ${verdict(fixOverLint <= 2)})`);
  console.log('\nOther ratios (issue 5):');
  console.log(`- Spectral CLI, CAPI rules alone / floor: ${ratio('capi', 'floor').toFixed(2)}; Spectral API, rules preloaded: ${ratio('preloadedCapi', 'preloadedFloor').toFixed(2)}`);
  console.log(`- Spectral CLI, full / spectral:oas alone: ${ratio('full', 'oas').toFixed(2)}`);
  console.log(`- capi-lint full on the tree / Spectral CLI full on bundled.yaml: ${ratio('capiLint', 'full').toFixed(2)}`);
  console.log(`- peak memory, capi-lint full / floor: ${ratio('capiLint', 'floor', 'mb').toFixed(2)}`);
  spawnSync(process.execPath, [path.join(__dirname, 'bench-lsp.js'), '--cold', String(summary(samples.capiLint).seconds)], { stdio: 'inherit' });

  console.log('\nScale series: the multi-file tree grown Nx by scripts/grow-spec.js, capi-lint (full ruleset) and redocly lint in the same rounds\n');
  console.log('| Size | capi-lint (s) | redocly (s) | Ratio | Ratio / 1x ratio | capi-lint peak (MB) | redocly peak (MB) | Memory ratio |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  const point = (size, capi, red) => {
    const timeRatio = pairedRatio(capi, red);
    const memoryRatio = pairedRatio(capi, red, 'mb');
    const drift = timeRatio / fullOverRedocly;
    const [c, r] = [summary(capi), summary(red)];
    console.log(`| ${size}x | ${c.seconds.toFixed(2)} | ${r.seconds.toFixed(2)} | ${timeRatio.toFixed(2)} | ${drift.toFixed(2)} | ${c.mb.toFixed(0)} | ${r.mb.toFixed(0)} | ${memoryRatio.toFixed(2)} |`);
    return { size, drift, memoryRatio };
  };
  point(1, samples.capiLint, samples.redocly);
  const points = [];
  for (const size of SCALES) {
    const grown = growSpec(size, path.join(work, `grown-${size}x`));
    const scaled = benchInterleaved([{ id: 'capi', args: capiLint(grown) }, { id: 'redocly', args: redocly(grown) }], SCALE_RUNS);
    points.push(point(size, scaled.capi, scaled.redocly));
    fs.rmSync(path.dirname(grown), { recursive: true, force: true });
  }
  const worst = points.reduce((a, b) => (Math.abs(b.drift - 1) > Math.abs(a.drift - 1) ? b : a), { drift: 1 });
  console.log(`\n- growth: the ratio to redocly lint stays within ${(Math.abs(worst.drift - 1) * 100).toFixed(0)}% of the 1x ratio (target <= 10%: ${verdict(Math.abs(worst.drift - 1) <= 0.1)})`);
  const largest = points[points.length - 1];
  if (largest) console.log(`- peak memory at ${largest.size}x, capi-lint / redocly lint: ${largest.memoryRatio.toFixed(2)} (target <= 2.00: ${verdict(largest.memoryRatio <= 2)})`);
}

try {
  main();
  require('./rule-timings').printSlowestRules();
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
