#!/usr/bin/env node
// The language server case of `npm run bench` (also runs alone: `node scripts/bench-lsp.js`).
// On a temporary copy of the official tree: the time from didChange of paths/Apps.yaml to its
// publishDiagnostics, warm, against cold `capi-lint` runs on the same tree in the same run, and
// the server's memory over many edits (each one linted); then the time from the last change of
// a burst (typing) to its diagnostics. Not a test; it asserts nothing.
// Options: --edits N (default 200) --cold-runs N (default 4) --cold SECONDS (a cold time bench.js
// measured already; then no cold run here).
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const { parseArgs } = require('util');
const rpc = require('vscode-languageserver-protocol/node');

const ROOT = path.join(__dirname, '..');
const SPEC_DIR = path.resolve(ROOT, '..', 'shared', 'capi-openapi');
const SERVER = path.join(ROOT, 'dist', 'capi-lsp.js');
const CAPI_LINT = path.join(ROOT, 'dist', 'capi-lint.js');
const TARGET = 0.3;
/** The server's default pause after a burst of changes (capi.debounceMs), passed explicitly so that the figures say what they include. */
const DEBOUNCE_MS = 150;
/** Typing: bursts of this many changes, this far apart, each burst after a quiet spell. */
const BURSTS = 20;
const BURST_CHANGES = 5;
const KEYSTROKE_MS = 60;
const tick = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const { values } = parseArgs({
  options: {
    edits: { type: 'string', default: '200' },
    'cold-runs': { type: 'string', default: '4' },
    cold: { type: 'string' },
  },
});
const EDITS = Number(values.edits);
const COLD_RUNS = Number(values['cold-runs']);
const GIVEN_COLD = values.cold === undefined ? undefined : Number(values.cold);
if (!(Number.isInteger(EDITS) && EDITS >= 10) || !(Number.isInteger(COLD_RUNS) && COLD_RUNS >= 1) || (GIVEN_COLD !== undefined && !(GIVEN_COLD > 0))) {
  console.error('bench-lsp: --edits takes a whole number >= 10, --cold-runs one >= 1, --cold a number of seconds > 0');
  process.exit(2);
}

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Resident and peak memory of a process in MB, from /proc (Linux); undefined elsewhere. */
function memoryOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)[1]);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

function coldCapiLint(root) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [CAPI_LINT, root, '-f', 'json', '-q'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`capi-lint exited ${run.status}: ${run.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function main() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-bench-lsp-'));
  fs.cpSync(SPEC_DIR, folder, { recursive: true });
  const root = path.join(folder, 'openapi.yaml');
  const apps = path.join(folder, 'paths', 'Apps.yaml');
  const uri = pathToFileURL(apps).href;
  const text = fs.readFileSync(apps, 'utf8');
  const server = spawn(process.execPath, [SERVER], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  let published;
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => {
    if (params.uri === uri && published) published(params.diagnostics);
  });
  connection.listen();
  const nextPublish = () => new Promise((resolve) => (published = resolve));
  try {
    // Cold runs before and after the edits, so that a change in the machine's load weighs on both sides.
    const coldRuns = GIVEN_COLD === undefined ? Array.from({ length: Math.ceil(COLD_RUNS / 2) }, () => coldCapiLint(root)) : [];

    const started = process.hrtime.bigint();
    const { serverInfo } = await connection.sendRequest(rpc.InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'capi-openapi' }],
      capabilities: {},
      initializationOptions: { capi: { specs: ['openapi.yaml'], debounceMs: DEBOUNCE_MS } },
    });
    connection.sendNotification(rpc.InitializedNotification.type, {});
    let first = nextPublish();
    connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const findings = (await first).length;
    const startSeconds = Number(process.hrtime.bigint() - started) / 1e9;

    const seconds = [];
    const memory = [];
    for (let edit = 1; edit <= EDITS; edit++) {
      const next = nextPublish();
      const start = process.hrtime.bigint();
      // Typing a comment: the text changes, the findings do not.
      connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: edit + 1 },
        contentChanges: [{ text: `${text}# edit ${edit}\n` }],
      });
      await next;
      seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
      memory.push(memoryOf(server.pid));
    }
    const bursts = [];
    for (let burst = 1, version = EDITS + 1; burst <= BURSTS; burst++) {
      await tick(2 * DEBOUNCE_MS);
      const next = nextPublish();
      let start;
      for (let change = 1; change <= BURST_CHANGES; change++) {
        if (change > 1) await tick(KEYSTROKE_MS);
        start = process.hrtime.bigint();
        connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
          textDocument: { uri, version: ++version },
          contentChanges: [{ text: `${text}# burst ${burst}${'x'.repeat(change)}\n` }],
        });
      }
      await next;
      bursts.push(Number(process.hrtime.bigint() - start) / 1e9);
    }
    const exited = new Promise((resolve) => server.once('exit', resolve));
    await connection.sendRequest(rpc.ShutdownRequest.type);
    await connection.sendNotification(rpc.ExitNotification.type);
    const exitCode = await exited;

    if (GIVEN_COLD === undefined) coldRuns.push(...Array.from({ length: Math.floor(COLD_RUNS / 2) }, () => coldCapiLint(root)));
    const coldSeconds = GIVEN_COLD ?? median(coldRuns);
    const warm = median(seconds.slice(5));
    const ratio = warm / coldSeconds;
    const mb = (value) => (value === undefined ? 'n/a' : `${value.toFixed(0)} MB`);
    const at = (edit) => memory[edit - 1]?.rss;
    console.log(`\nLanguage server (${serverInfo?.name} ${serverInfo?.version}), official tree, paths/Apps.yaml (${findings} findings), ${EDITS} edits, each awaited:`);
    console.log(`- start to first diagnostics (initialize, open; ruleset load and first lint): ${startSeconds.toFixed(2)} s`);
    console.log(`- didChange -> publishDiagnostics, warm, a change after a quiet spell (linted at once; median of edits 6..${EDITS}): ${warm.toFixed(2)} s`);
    console.log(`- cold capi-lint on the same tree (${GIVEN_COLD === undefined ? `median of ${COLD_RUNS}, before and after the edits` : 'from the capi-lint case'}): ${coldSeconds.toFixed(2)} s`);
    console.log(`- warm re-lint / cold capi-lint: ${ratio.toFixed(2)} (target <= ${TARGET}: ${ratio <= TARGET ? 'met' : 'NOT met'})`);
    const half = Math.round(EDITS / 2);
    const marks = [10, Math.round(EDITS / 4), half, Math.round((3 * EDITS) / 4), EDITS];
    console.log(`- server memory (RSS) after edit ${marks.map((edit) => `${edit}: ${mb(at(edit))}`).join(', ')}; peak ${mb(memory[EDITS - 1]?.peak)}`);
    // V8 grows its heap over the first lints before it settles: flat means no growth once settled.
    if (at(half) !== undefined && at(EDITS) !== undefined) {
      const growth = at(EDITS) / at(half);
      console.log(`- memory growth over the second half (edit ${half} to ${EDITS}): ${growth.toFixed(2)}x (flat if about 1; target <= 1.10: ${growth <= 1.1 ? 'met' : 'NOT met'})`);
    }
    console.log(`- typing: last change of a burst (${BURST_CHANGES} changes ${KEYSTROKE_MS} ms apart) -> publishDiagnostics, median of ${BURSTS}: ${median(bursts).toFixed(2)} s (the ${DEBOUNCE_MS} ms pause, then a lint)`);
    console.log(`- shutdown, exit: exit code ${exitCode}`);
  } finally {
    if (server.exitCode === null) server.kill();
    connection.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench-lsp: ${error?.stack ?? error}`);
  process.exitCode = 1;
});
