import { Worker } from 'worker_threads';

/** What capi-lint is doing, for the line that says where a run over its time limit stopped. */
const PHASES = ['starting', 'reading and bundling the spec', 'running the rules', 'mapping findings to their source files', 'writing the report'] as const;
export type Phase = (typeof PHASES)[number];

export const DEFAULT_TIME_LIMIT_SECONDS = 300;

/** The likely cause of a lint stopped by its time limit in `phase` (capi-lint's and the language server's). */
export function likelyCause(phase: Phase): string {
  if (phase === 'running the rules') return 'a rule may be stuck on a spec\'s own regular expression (a schema "pattern")';
  if (phase === 'reading and bundling the spec') return 'a URL that a $ref names may not be answering';
  return 'the spec may need a longer limit';
}

let current = new Int32Array(new SharedArrayBuffer(4));

/** Marks the phase a run is in; cheap, and a no-op unless a time limit is armed. */
export function enterPhase(phase: Phase): void {
  Atomics.store(current, 0, PHASES.indexOf(phase));
}

/**
 * Makes this thread's enterPhase() write into `shared` (4 bytes): the language server's lint
 * worker does, so that the server's own thread can name the phase a stuck lint is in (phaseIn).
 */
export function sharePhase(shared: SharedArrayBuffer): void {
  current = new Int32Array(shared);
}

/** Puts the thread that shares `shared` back at the start, before its next run. */
export function resetPhase(shared: SharedArrayBuffer): void {
  Atomics.store(new Int32Array(shared), 0, PHASES.indexOf('starting'));
}

/** The phase last entered by the thread that shares `shared` (sharePhase). */
export function phaseIn(shared: SharedArrayBuffer): Phase {
  return PHASES[Atomics.load(new Int32Array(shared), 0)];
}

// The watchdog runs on a thread of its own: a rule stuck in a regular expression (the example
// rules run a spec's own `pattern`, by JavaScript's engine when RE2 cannot express it) blocks the
// main thread, so no timer there would fire. It can only end the process by a signal, so the exit code is 137 then.
const WATCHDOG = `
const { workerData } = require('worker_threads');
const { writeSync } = require('fs');
setTimeout(() => {
  writeSync(2, workerData.messages[Atomics.load(workerData.current, 0)]);
  process.kill(process.pid, 'SIGKILL');
}, workerData.seconds * 1000 + 1000);
`;

/**
 * Stops the `capi-lint` process after `setting` seconds (CAPI_LINT_TIME_LIMIT; default 300, 0 for
 * none) with one line naming the phase it was in: exit 2 when the main thread is free to say
 * so, else the watchdog thread's kill a second later. Only the command arms it, never lint().
 */
export function armTimeLimit(setting: string | undefined): void {
  const seconds = setting === undefined || setting === '' ? DEFAULT_TIME_LIMIT_SECONDS : Number(setting);
  if (!(seconds >= 0)) {
    process.stderr.write(`capi-lint: CAPI_LINT_TIME_LIMIT must be a number of seconds (0 for no limit), not ${JSON.stringify(setting)}\n`);
    process.exit(2);
  }
  if (seconds === 0) return;
  // By phase, so that the watchdog thread has nothing to compute.
  const messages = PHASES.map((phase) => `capi-lint: stopped after ${seconds} s (CAPI_LINT_TIME_LIMIT) while ${phase}; ${likelyCause(phase)}\n`);
  setTimeout(() => {
    process.stderr.write(messages[Atomics.load(current, 0)]);
    process.exit(2);
  }, seconds * 1000).unref();
  new Worker(WATCHDOG, { eval: true, workerData: { current, seconds, messages } }).unref();
}
