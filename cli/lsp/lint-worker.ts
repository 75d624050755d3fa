import * as path from 'path';
import { parentPort, workerData } from 'worker_threads';
import type { Ruleset } from '@stoplight/spectral-core';
import { InputError } from '../../lib/input-error';
import { compare, loadBaseline } from '../baseline';
import { lint } from '../lint';
import { folderRulesetFile, loadRuleset } from '../ruleset';
import { enterPhase, sharePhase } from '../time-limit';
import { failureDiagnostics, findingsByFile, type FileDiagnostics } from './diagnostics';
import { WorkspaceFiles } from './workspace-files';
import { fixesOfFindings, type FileFixes } from './code-actions';

/** What the server's thread gives the lint worker when it starts it. */
export interface LintWorkerData {
  capiLintWorker: true;
  /** Where the worker writes the phase it is in (time-limit's sharePhase). */
  phase: SharedArrayBuffer;
  /** A counter the server's thread bumps to stop the lint in flight (LintRequest.generation). */
  cancel: SharedArrayBuffer;
}

/** The server's thread to the worker. */
export type ToWorker =
  | {
      type: 'lint';
      id: number;
      root: string;
      /** The workspace folder: its `.spectral.*` and baseline. */
      folder: string;
      /** Unsaved buffers changed since the last request: their text, or null once closed. */
      buffers: [string, string | null][];
      /** The cancel counter when the lint was asked for: once it moves, the lint is stopped. */
      generation: number;
      /** False in a workspace the editor does not trust: its own ruleset file is not loaded. */
      trusted: boolean;
    }
  /** A `.spectral.*` or the baseline was saved: read them again. */
  | { type: 'reload' };

/** The worker to the server's thread. */
export type FromWorker =
  | {
      type: 'result';
      id: number;
      /** The tree's diagnostics; with `files` (the tree's files) unless the lint failed. */
      found: FileDiagnostics;
      files?: string[];
      /** Dropped: a newer change came first. */
      superseded?: boolean;
      /** No file of the tree changed since its last lint: its result, given again. */
      reused?: boolean;
      /** The fixes and suggestions of its diagnostics, for code actions. */
      fixes?: FileFixes;
      /** An internal error's stack, for the server's log. */
      log?: string;
    }
  | { type: 'log'; message: string };

type Baseline = ReturnType<typeof loadBaseline>;

/**
 * The language server's lint worker: it holds the rulesets, baselines and the parsed files
 * between lints and lints one tree per request. Its own thread, so that the server's thread
 * can stop a lint that never ends (a rule stuck on a spec's own regular expression) by
 * terminating it.
 */
export function runLintWorker(): void {
  const port = parentPort!;
  const { phase, cancel } = workerData as LintWorkerData;
  sharePhase(phase);
  const cancelled = new Int32Array(cancel);
  const buffers = new Map<string, string>();
  const files = new WorkspaceFiles((file) => buffers.get(file));
  const rulesets = new Map<string, Promise<Ruleset>>();
  const baselines = new Map<string, Baseline>();
  /** Each root's last lint: the text of every file it read, and what it found. */
  const lastLints = new Map<string, { texts: Map<string, string>; found: FileDiagnostics; files: string[]; fixes: FileFixes }>();
  const post = (message: FromWorker) => port.postMessage(message);

  /** The folder's ruleset (its `.spectral.*`, else ours), loaded once until a reload. */
  const rulesetOf = (folder: string, trusted: boolean): Promise<Ruleset> => {
    if (!trusted) refuseFolderRuleset(folder);
    let loading = rulesets.get(folder);
    if (!loading) {
      loading = loadRuleset(undefined, folder);
      // A ruleset that failed to load is tried again on the next lint, after the user fixed it.
      loading.catch(() => rulesets.delete(folder));
      rulesets.set(folder, loading);
    }
    return loading;
  };
  const baselineOf = (folder: string): Baseline => {
    if (!baselines.has(folder)) baselines.set(folder, loadBaseline({ disabled: false, cwd: folder }));
    return baselines.get(folder);
  };

  const lintTree = async (request: Extract<ToWorker, { type: 'lint' }>): Promise<FromWorker> => {
    const { id, root, folder, generation, trusted } = request;
    const controller = new AbortController();
    const superseded = () => Atomics.load(cancelled, 0) !== generation;
    try {
      enterPhase('starting');
      const ruleset = await rulesetOf(folder, trusted);
      const baseline = baselineOf(folder);
      // Nothing changed since the last lint (a save, opening or closing a file of the tree).
      const last = lastLints.get(root);
      if (last && unchanged(last.texts)) return { type: 'result', id, found: last.found, files: last.files, fixes: last.fixes, reused: true };
      lastLints.delete(root);
      const outcome = await lint(root, {
        ruleset,
        cwd: folder,
        files,
        signal: controller.signal,
        // lint() looks at its signal once, after bundling; the step before the rules run is the
        // last point where a newer change can spare them.
        onProgress: () => {
          if (superseded()) controller.abort(new Error('superseded by a newer change'));
          controller.signal.throwIfAborted();
        },
      });
      const shown = baseline ? compare(outcome.results, baseline).fresh : outcome.results;
      const found = findingsByFile(shown);
      const fixes = fixesOfFindings(shown, files);
      lastLints.set(root, { texts: new Map([root, ...outcome.files].map((file) => [file, files.read(file)])), found, files: outcome.files, fixes });
      return { type: 'result', id, found, files: outcome.files, fixes };
    } catch (error: any) {
      if (controller.signal.aborted) return { type: 'result', id, found: new Map(), superseded: true };
      const log = error instanceof InputError ? undefined : `capi-lint: ${root}: ${error?.stack ?? error}`;
      return { type: 'result', id, found: failureDiagnostics(error, root), log };
    }
  };

  /** Whether every file still has the text it had (a file gone, or unreadable, has changed). */
  const unchanged = (texts: Map<string, string>): boolean => {
    try {
      for (const [file, text] of texts) if (files.read(file) !== text) return false;
      return true;
    } catch {
      return false;
    }
  };

  port.on('message', (message: ToWorker) => {
    if (message.type === 'reload') {
      rulesets.clear();
      baselines.clear();
      lastLints.clear();
      return;
    }
    for (const [file, text] of message.buffers) {
      if (text === null) buffers.delete(file);
      else buffers.set(file, text);
    }
    void lintTree(message).then(post);
  });
  // Whatever goes wrong, the worker keeps linting and the server says what went wrong.
  process.on('uncaughtException', (error) => post({ type: 'log', message: `capi-lint: ${error?.stack ?? error}` }));
  process.on('unhandledRejection', (error: any) => post({ type: 'log', message: `capi-lint: ${error?.stack ?? error}` }));
}

/**
 * In a workspace the editor does not trust, the workspace's own ruleset is not run: a JavaScript
 * ruleset is code, and a YAML or JSON one can load JavaScript functions or extend a package. Our
 * own ruleset is part of the server, not of the workspace, and lints a folder that has none.
 */
function refuseFolderRuleset(folder: string): void {
  const file = folderRulesetFile(folder);
  if (file === undefined) return;
  throw new InputError(
    `${path.basename(file)} not loaded: this workspace is not trusted, and a Spectral ruleset file can run code (JavaScript, or the functions and packages it names); trust the workspace to lint with it`,
  );
}
