#!/usr/bin/env node
// `npm run bench`: median wall time and peak memory of linting the official CAPI spec, per case,
// each run a fresh process, then the ratios the issue sets targets for and a scale series.
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
const SPECTRAL = require.resolve('@stoplight/spectral-cli/dist/index.js');
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
const capiLint = (spec) => [CAPI_LINT, spec, '-r', FULL, '-f', 'json', '-q'];
const preloaded = (ruleset) => [path.join(__dirname, 'bench-preloaded.js'), ruleset, BUNDLED];
const CASES = [
  { id: 'floor', label: 'Spectral, empty ruleset, bundled.yaml (floor)', args: spectral(EMPTY) },
  { id: 'oas', label: 'Spectral, spectral:oas alone, bundled.yaml', args: spectral(OAS) },
  { id: 'capi', label: 'Spectral, CAPI rules alone, bundled.yaml', args: spectral(path.join(ROOT, 'dist', 'capi-rules.js')) },
  { id: 'full', label: 'Spectral, full ruleset, bundled.yaml', args: spectral(FULL) },
  { id: 'capiLintBundled', label: 'capi-lint, full ruleset, bundled.yaml', args: capiLint(BUNDLED) },
  { id: 'capiLint', label: 'capi-lint, full ruleset, multi-file openapi.yaml', args: capiLint(TREE) },
  { id: 'preloadedFloor', label: 'Spectral API, empty ruleset preloaded, bundled.yaml', args: preloaded(write('empty.js', 'module.exports = { rules: {} };\n')) },
  { id: 'preloadedCapi', label: 'Spectral API, CAPI rules alone preloaded, bundled.yaml', args: preloaded(path.join(ROOT, 'dist', 'capi-rules.js')) },
  { id: 'redocly', label: 'redocly lint (recommended), multi-file openapi.yaml', args: [REDOCLY, 'lint', TREE, '--format=summary'] },
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

function bench(args, runs) {
  const samples = Array.from({ length: runs }, () => measure(args));
  return { seconds: median(samples.map((s) => s.seconds)), mb: median(samples.map((s) => s.mb)) };
}

const row = (label, { seconds, mb }) => `| ${label} | ${seconds.toFixed(2)} | ${mb.toFixed(0)} |`;
const verdict = (met) => (met ? 'met' : 'NOT met');

function main() {
  console.log(`capi-lint benchmark: ${os.cpus().length} CPUs, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`${RUNS} runs per case, ${SCALE_RUNS} per scale point; medians.\n`);
  console.log('| Case | Wall time (s) | Peak memory (MB) |\n| --- | --- | --- |');
  const result = {};
  for (const { id, label, args } of CASES) {
    result[id] = bench(args, RUNS);
    console.log(row(label, result[id]));
  }

  const capiOverFloor = result.capi.seconds / result.floor.seconds;
  const fullOverOas = result.full.seconds / result.oas.seconds;
  const capiLintOverRedocly = result.capiLint.seconds / result.redocly.seconds;
  const memoryOverFloor = result.capiLint.mb / result.floor.mb;
  console.log('\nRatios (targets from issue 5):');
  console.log(`- CAPI rules alone / floor: ${capiOverFloor.toFixed(2)} (target <= 1.15: ${verdict(capiOverFloor <= 1.15)})`);
  const rulesOnly = result.preloadedCapi.seconds / result.preloadedFloor.seconds;
  console.log(`  - the same without the CLI loader's re-bundle of the ruleset (Spectral API, ruleset required): ${rulesOnly.toFixed(2)} (${verdict(rulesOnly <= 1.15)})`);
  console.log(`- full / spectral:oas alone: ${fullOverOas.toFixed(2)}`);
  console.log(`- capi-lint multi-file / redocly lint: ${capiLintOverRedocly.toFixed(2)} (target <= 1.00: ${verdict(capiLintOverRedocly <= 1)})`);
  console.log(`- peak memory, capi-lint multi-file / floor: ${memoryOverFloor.toFixed(2)} (target < 2: ${verdict(memoryOverFloor < 2)})`);
  console.log(`- peak memory, full / floor: ${(result.full.mb / result.floor.mb).toFixed(2)}`);

  console.log('\nScale series: capi-lint (full ruleset) on the multi-file tree grown Nx by scripts/grow-spec.js\n');
  console.log('| Size | Wall time (s) | Peak memory (MB) | Seconds per extra copy |\n| --- | --- | --- | --- |');
  const points = [{ size: 1, ...result.capiLint }];
  console.log(`| 1x | ${result.capiLint.seconds.toFixed(2)} | ${result.capiLint.mb.toFixed(0)} | |`);
  for (const size of SCALES) {
    const grown = growSpec(size, path.join(work, `grown-${size}x`));
    const point = { size, ...bench(capiLint(grown), SCALE_RUNS) };
    const previous = points[points.length - 1];
    point.perCopy = (point.seconds - previous.seconds) / (size - previous.size);
    points.push(point);
    console.log(`| ${size}x | ${point.seconds.toFixed(2)} | ${point.mb.toFixed(0)} | ${point.perCopy.toFixed(2)} |`);
    fs.rmSync(path.dirname(grown), { recursive: true, force: true });
  }
  const perCopy = points.slice(1).map((point) => point.perCopy);
  if (perCopy.length > 1) {
    const spread = Math.max(...perCopy) / Math.min(...perCopy);
    console.log(`\nLinear growth: the cost per extra copy varies by ${spread.toFixed(2)}x across the series (linear if about 1; target: ${verdict(spread <= 1.5)} at <= 1.5).`);
  }
}

try {
  main();
  require('./rule-timings').printSlowestRules();
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
