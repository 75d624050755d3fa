import * as path from 'path';
import { Worker } from 'worker_threads';
import { phaseIn, resetPhase } from '../time-limit';
import { failureDiagnostics, timeLimitDiagnostics, type FileDiagnostics } from './diagnostics';
import type { FromWorker, LintWorkerData, ToWorker } from './lint-worker';
import type { FileFixes } from './code-actions';

/** What one lint of a tree gave: as the worker's result message. */
export interface TreeLint {
  found: FileDiagnostics;
  /** The tree's files; absent when the lint failed (then the files of its last good lint count). */
  files?: string[];
  superseded?: boolean;
  /** No file of the tree changed since its last lint: its result, given again. */
  reused?: boolean;
  /** The fixes and suggestions of its diagnostics. */
  fixes?: FileFixes;
}

export interface LintThreadOptions {
  /** The open buffers' texts now (an editor's unsaved state). */
  buffers: () => Map<string, string>;
  log: (message: string) => void;
  /** The worker's own output (a rule's console.log): never onto stdout, the server's channel. */
  output: (text: string) => void;
  /** False in a workspace the editor does not trust (initializationOptions.workspaceTrusted). */
  trusted: () => boolean;
}

/**
 * The server's side of the lint worker (lint-worker.ts, in dist/capi-lsp.js): lints one tree at
 * a time in it, sends it the buffers that changed since its last lint, and stops a lint over its
 * time limit by terminating the worker (a stuck rule cannot be stopped any other way); the next
 * lint starts a new one, which loads the ruleset and reads the files again.
 */
export class LintThread {
  private worker: Worker | undefined;
  /** The text of each buffer as the worker has it. */
  private sent = new Map<string, string>();
  private readonly phase = new SharedArrayBuffer(4);
  private readonly cancel = new SharedArrayBuffer(4);
  private nextId = 1;
  private pending: { id: number; root: string; settle: (lint: TreeLint) => void } | undefined;

  constructor(private readonly options: LintThreadOptions) {}

  /**
   * Lints the tree of `root`; an aborted `signal` stops the lint before its rules run, when it
   * has not got that far. Over `timeLimitSeconds` (0: none) the result is one diagnostic on `shownAt`.
   */
  lint(root: string, folder: string, signal: AbortSignal, timeLimitSeconds: number, shownAt: string): Promise<TreeLint> {
    const worker = this.started();
    const id = this.nextId++;
    const cancel = new Int32Array(this.cancel);
    resetPhase(this.phase);
    const request: ToWorker = { type: 'lint', id, root, folder, buffers: this.changedBuffers(), generation: Atomics.load(cancel, 0), trusted: this.options.trusted() };
    return new Promise<TreeLint>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const onAbort = () => Atomics.add(cancel, 0, 1);
      this.pending = {
        id,
        root,
        settle: (lint) => {
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          this.pending = undefined;
          resolve(lint);
        },
      };
      signal.addEventListener('abort', onAbort);
      if (timeLimitSeconds > 0) {
        timer = setTimeout(() => {
          this.pending?.settle({ found: timeLimitDiagnostics(shownAt, root, timeLimitSeconds, phaseIn(this.phase)) });
          this.stop();
        }, timeLimitSeconds * 1000);
      }
      worker.postMessage(request);
    });
  }

  /** A `.spectral.*` or the baseline was saved: the worker reads them again. */
  reload(): void {
    this.worker?.postMessage({ type: 'reload' } satisfies ToWorker);
  }

  /** Ends the worker (a lint in flight resolves as superseded). */
  stop(): void {
    this.pending?.settle({ found: new Map(), superseded: true });
    const worker = this.worker;
    this.worker = undefined;
    this.sent = new Map();
    void worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const workerData: LintWorkerData = { capiLintWorker: true, phase: this.phase, cancel: this.cancel };
    // dist/capi-lsp.js, next to dist/capi-lint.js (whose --lsp runs this server too).
    const worker = new Worker(path.join(__dirname, 'capi-lsp.js'), { workerData, stdout: true });
    worker.stdout.setEncoding('utf8').on('data', this.options.output);
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'log') return this.options.log(message.message);
      if (message.log) this.options.log(message.log);
      if (this.pending?.id === message.id) this.pending.settle(message);
    });
    // The worker died (out of memory, a crash in Node itself): the lint in flight says so, the next one starts another.
    worker.on('error', (error) => this.failed(worker, error));
    worker.on('exit', (code) => this.failed(worker, new Error(`the lint worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private failed(worker: Worker, error: Error): void {
    if (this.worker !== worker) return; // stopped on purpose
    this.worker = undefined;
    this.sent = new Map();
    this.options.log(`capi-lint: ${error.stack ?? error}`);
    this.pending?.settle({ found: failureDiagnostics(error, this.pending.root) });
  }

  /** The buffers whose text the worker does not have: their text, or null for those closed. */
  private changedBuffers(): [string, string | null][] {
    const now = this.options.buffers();
    const changed: [string, string | null][] = [];
    for (const [file, text] of now) if (this.sent.get(file) !== text) changed.push([file, text]);
    for (const file of this.sent.keys()) if (!now.has(file)) changed.push([file, null]);
    this.sent = now;
    return changed;
  }
}
