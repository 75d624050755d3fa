#!/usr/bin/env node
// `npm run bench`: median wall time and peak memory of linting the official CAPI spec, per case,
// each run a fresh process, cases interleaved round by round, with their spread (min-max); then
// the ratios the issues set targets for (medians of per-round ratios against redocly lint, and
// their spread), the module-loading time of each command alone, a `--fix` run against a plain
// lint (once capi-lint has --fix), and a scale series.
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
// The commands' V8 code cache (cli/launcher.ts) starts empty: the first run of each command writes it.
const CODE_CACHE_HOME = path.join(work, 'cache');
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
const CASES = [
  { id: 'capiLint', label: 'capi-lint, full ruleset, multi-file openapi.yaml', args: capiLint(TREE) },
  { id: 'capiLintNoCache', label: 'capi-lint, full ruleset, multi-file openapi.yaml, without its code cache (CAPI_RULESET_CODE_CACHE=0)', args: capiLint(TREE), env: { CAPI_RULESET_CODE_CACHE: '0' } },
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

/** One run in a fresh Node process: wall seconds, peak RSS in MB and CPU seconds. Exit 0 or 1 (findings) only. */
function measure(args, caseEnv = {}) {
  const rssFile = path.join(work, 'rss.txt');
  fs.rmSync(rssFile, { force: true });
  const env = {
    ...process.env,
    NODE_OPTIONS: `--require ${path.join(__dirname, 'bench-rss.js')}`,
    BENCH_RSS_FILE: rssFile,
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    XDG_CACHE_HOME: CODE_CACHE_HOME,
    ...caseEnv,
  };
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${path.basename(args[0])} ${args.slice(1).join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  // A line per thread that exits (the language server's worker, the watchdog): the process's figures so far.
  const lines = fs.readFileSync(rssFile, 'utf8').trim().split('\n').map((line) => line.split(' ').map(Number));
  return { seconds, mb: Math.max(...lines.map(([kb]) => kb)) / 1024, cpu: Math.max(...lines.map(([, micros]) => micros)) / 1e6 };
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
    for (const { id, args, env } of cases) samples[id].push(measure(args, env));
  }
  return samples;
}

const summary = (list) => ({
  seconds: median(list.map((s) => s.seconds)),
  mb: median(list.map((s) => s.mb)),
  cpu: median(list.map((s) => s.cpu)),
  min: Math.min(...list.map((s) => s.seconds)),
  max: Math.max(...list.map((s) => s.seconds)),
});
/** The per-round ratios a/b: both ran in the same round, under the same load. */
const roundRatios = (a, b, key = 'seconds') => a.map((sample, round) => sample[key] / b[round][key]);
/** The median of the per-round ratios a/b. */
const pairedRatio = (a, b, key = 'seconds') => median(roundRatios(a, b, key));
/** "1.23 (1.10-1.31)": the median of the per-round ratios and their range. */
const ratioWithSpread = (a, b, key = 'seconds') => {
  const ratios = roundRatios(a, b, key);
  return `${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)})`;
};
const row = (label, { seconds, mb, min, max, cpu }) => `| ${label} | ${seconds.toFixed(2)} | ${min.toFixed(2)}-${max.toFixed(2)} | ${cpu.toFixed(2)} | ${mb.toFixed(0)} |`;
const verdict = (met) => (met ? 'met' : 'NOT met');
const FULL_TARGET = 1.3;
const CAPI_TARGET = 0.8;
const FIX_TARGET = 2;

/**
 * The time each command's file takes to load (require it, nothing run) over a bare `node -e 0`,
 * paired round by round: the medians of the differences, in ms, and their range.
 */
function printLoadTimes(runs) {
  // Each bundle required alone (no code cache: a required command is its bundle), and capi-lint
  // started as a command (`--version`) through its launcher, with the code cache its runs above
  // wrote and without one.
  const commands = ['capi-lint.bundle.js', 'capi-lsp.bundle.js', 'capi-report.bundle.js', 'index.js'];
  const launched = [
    { id: 'launched', label: 'capi-lint --version, started through its launcher with its code cache', env: {} },
    { id: 'launchedNoCache', label: 'capi-lint --version, without its code cache (CAPI_RULESET_CODE_CACHE=0)', env: { CAPI_RULESET_CODE_CACHE: '0' } },
  ];
  const cases = [
    { id: 'bare', args: ['-e', '0'] },
    ...commands.map((file) => ({ id: file, args: ['-e', `require(${JSON.stringify(path.join(ROOT, 'dist', file))})`] })),
    ...launched.map(({ id, env }) => ({ id, args: [CAPI_LINT, '--version'], env })),
  ];
  const samples = benchInterleaved(cases, runs);
  console.log(`\nModule loading, each file required alone in a fresh process, over a bare \`node -e 0\` (${runs} interleaved rounds; median and range of the per-round differences, ms):`);
  const extra = (id, key) => {
    const differences = samples[id].map((sample, round) => (sample[key] - samples.bare[round][key]) * 1000);
    return `${median(differences).toFixed(0)} ms (${Math.min(...differences).toFixed(0)} to ${Math.max(...differences).toFixed(0)})`;
  };
  for (const file of commands) {
    const label = file === 'index.js' ? 'dist/index.js (the ruleset, on the installed Spectral)' : `dist/${file}`;
    console.log(`- ${label}: wall ${extra(file, 'seconds')}, CPU ${extra(file, 'cpu')}`);
  }
  for (const { id, label } of launched) console.log(`- ${label}: wall ${extra(id, 'seconds')}, CPU ${extra(id, 'cpu')}`);
  console.log(`- bare node -e 0: wall ${(median(samples.bare.map((s) => s.seconds)) * 1000).toFixed(0)} ms, CPU ${(median(samples.bare.map((s) => s.cpu)) * 1000).toFixed(0)} ms`);
}

/**
 * `capi-lint --fix` against a plain lint of the same tree, each round on a fresh copy of the
 * official tree (the copy is made outside the timed run). Skipped, with a note, until
 * cli/args.ts knows `--fix`.
 */
function filesUnder(folder) {
  return fs.readdirSync(folder, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

function printFixRun(runs) {
  const args = fs.readFileSync(path.join(ROOT, 'cli', 'args.ts'), 'utf8');
  if (!/--fix\b/.test(args)) {
    console.log('\n--fix run: skipped, capi-lint has no --fix option yet (cli/args.ts)');
    return;
  }
  const fixSamples = [];
  const lintSamples = [];
  for (let round = 0; round < runs; round++) {
    const copy = path.join(work, `fix-${round}`);
    fs.cpSync(SPEC_DIR, copy, { recursive: true });
    // ../shared is laid without write bits, and --fix writes no read-only file: the copy must be writable.
    for (const file of filesUnder(copy)) fs.chmodSync(file, 0o644);
    const spec = path.join(copy, 'openapi.yaml');
    lintSamples.push(measure(capiLint(spec)));
    fixSamples.push(measure([...capiLint(spec), '--fix']));
    if (filesUnder(copy).every((file) => fs.readFileSync(file, 'utf8') === fs.readFileSync(path.join(SPEC_DIR, path.relative(copy, file)), 'utf8'))) {
      throw new Error('the --fix run changed no file of the copy: it would time a plain lint');
    }
    fs.rmSync(copy, { recursive: true, force: true });
  }
  const fix = pairedRatio(fixSamples, lintSamples);
  console.log(`\n--fix run (full ruleset, a fresh copy of the official tree each round, ${runs} rounds): ${summary(fixSamples).seconds.toFixed(2)} s against a plain lint's ${summary(lintSamples).seconds.toFixed(2)} s`);
  console.log(`- capi-lint --fix / capi-lint: ${ratioWithSpread(fixSamples, lintSamples)} (target <= ${FIX_TARGET.toFixed(2)}: ${verdict(fix <= FIX_TARGET)})`);
}

function main() {
  console.log(`capi-lint benchmark: ${os.cpus().length} CPUs, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`${RUNS} interleaved rounds of every case, ${SCALE_RUNS} per scale point; medians, ratios are medians of per-round ratios.\n`);
  const samples = benchInterleaved(CASES, RUNS);
  console.log('| Case | Wall time (s), median | min-max | CPU time (s), median | Peak memory (MB) |\n| --- | --- | --- | --- | --- |');
  for (const { id, label } of CASES) console.log(row(label, summary(samples[id])));

  const ratio = (a, b, key) => pairedRatio(samples[a], samples[b], key);
  const fullOverRedocly = ratio('capiLint', 'redocly');
  const capiOverRedocly = ratio('capiLintCapi', 'redocly');
  const spread = (a, b, key) => ratioWithSpread(samples[a], samples[b], key);
  console.log('\nRatios against redocly lint in the same round, median (range of the rounds) (targets from issue 22):');
  console.log(`- capi-lint, full ruleset / redocly lint: ${spread('capiLint', 'redocly')} (target <= ${FULL_TARGET.toFixed(2)}: ${verdict(fullOverRedocly <= FULL_TARGET)})`);
  console.log(`- capi-lint, CAPI rules alone / redocly lint: ${spread('capiLintCapi', 'redocly')} (target <= ${CAPI_TARGET.toFixed(2)}: ${verdict(capiOverRedocly <= CAPI_TARGET)})`);
  console.log(`- peak memory, capi-lint full / redocly lint: ${spread('capiLint', 'redocly', 'mb')}`);
  console.log('CPU time (user + system, every thread) against redocly lint in the same round: steadier than wall time on a loaded machine:');
  console.log(`- capi-lint, full ruleset / redocly lint: ${spread('capiLint', 'redocly', 'cpu')}; CAPI rules alone: ${spread('capiLintCapi', 'redocly', 'cpu')}`);
  console.log(`- capi-lint, full ruleset, without its code cache / redocly lint: ${spread('capiLintNoCache', 'redocly', 'cpu')} (with it / without: ${spread('capiLint', 'capiLintNoCache', 'cpu')})`);
  console.log('\nOther ratios (issue 5):');
  console.log(`- Spectral CLI, CAPI rules alone / floor: ${ratio('capi', 'floor').toFixed(2)}; Spectral API, rules preloaded: ${ratio('preloadedCapi', 'preloadedFloor').toFixed(2)}`);
  console.log(`- Spectral CLI, full / spectral:oas alone: ${ratio('full', 'oas').toFixed(2)}`);
  console.log(`- capi-lint full on the tree / Spectral CLI full on bundled.yaml: ${ratio('capiLint', 'full').toFixed(2)}`);
  console.log(`- peak memory, capi-lint full / floor: ${ratio('capiLint', 'floor', 'mb').toFixed(2)}`);
  printLoadTimes(Math.max(RUNS, 5));
  printFixRun(RUNS);
  spawnSync(process.execPath, [path.join(__dirname, 'bench-lsp.js'), '--cold', String(summary(samples.capiLint).seconds)], { stdio: 'inherit' });

  console.log('\nScale series: the multi-file tree grown Nx by scripts/grow-spec.js, capi-lint (full ruleset) and redocly lint in the same rounds\n');
  console.log('| Size | capi-lint (s) | redocly (s) | Ratio | Ratio / 1x ratio | CPU ratio | CPU ratio / 1x | capi-lint peak (MB) | redocly peak (MB) | Memory ratio |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const fullCpuOverRedocly = ratio('capiLint', 'redocly', 'cpu');
  const point = (size, capi, red) => {
    const timeRatio = pairedRatio(capi, red);
    const cpuRatio = pairedRatio(capi, red, 'cpu');
    const memoryRatio = pairedRatio(capi, red, 'mb');
    const drift = timeRatio / fullOverRedocly;
    const cpuDrift = cpuRatio / fullCpuOverRedocly;
    const [c, r] = [summary(capi), summary(red)];
    console.log(`| ${size}x | ${c.seconds.toFixed(2)} | ${r.seconds.toFixed(2)} | ${timeRatio.toFixed(2)} | ${drift.toFixed(2)} | ${cpuRatio.toFixed(2)} | ${cpuDrift.toFixed(2)} | ${c.mb.toFixed(0)} | ${r.mb.toFixed(0)} | ${memoryRatio.toFixed(2)} |`);
    return { size, drift, cpuDrift, memoryRatio };
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
  const worstCpu = points.reduce((a, b) => (Math.abs(b.cpuDrift - 1) > Math.abs(a.cpuDrift - 1) ? b : a), { cpuDrift: 1 });
  console.log(`- growth in CPU time: within ${(Math.abs(worstCpu.cpuDrift - 1) * 100).toFixed(0)}% of the 1x ratio (target <= 10%: ${verdict(Math.abs(worstCpu.cpuDrift - 1) <= 0.1)})`);
  const largest = points[points.length - 1];
  if (largest) console.log(`- peak memory at ${largest.size}x, capi-lint / redocly lint: ${largest.memoryRatio.toFixed(2)} (target <= 2.00: ${verdict(largest.memoryRatio <= 2)})`);
}

try {
  main();
  require('./rule-timings').printSlowestRules();
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
