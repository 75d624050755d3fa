import * as path from 'path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { compare, describeComparison, loadBaseline } from './baseline';
import { lint, type LintOutcome } from './lint';
import { GitFiles } from './git-files';
import { compareWithEarlier, describeEarlier, findingsAt } from './new-since';

export interface SelectOptions {
  spec: string;
  ruleset?: string;
  /** --baseline FILE */
  baseline?: string;
  noBaseline: boolean;
  /** --new-since REF */
  newSince?: string;
  cwd: string;
  onProgress?: (step: string) => void;
  /** Lints the spec in place of a plain lint (--fix: fixes it, then lints the result). */
  lint?: () => Promise<LintOutcome>;
}

export interface Selection {
  outcome: LintOutcome;
  /** The findings to report: every one, or those neither in the baseline nor at the --new-since ref. */
  results: ISpectralDiagnostic[];
  /** Whether a baseline or --new-since left findings out (a run then speaks of "new" findings). */
  filtered: boolean;
  /** Lines about what was left out and why, for stderr or a job summary. */
  notes: string[];
}

/**
 * Lints the spec (with --new-since, also as it was at REF) and keeps the findings a run reports: the
 * one result capi-lint and the GitHub Action write their reports from. With both a baseline and --new-since,
 * a finding is reported when it is in neither: each is compared with every finding of the run,
 * so the order does not matter and each keeps its own moved-pointer pass.
 */
export async function selectFindings(options: SelectOptions): Promise<Selection> {
  const { cwd } = options;
  // Both read before linting, so that a broken baseline or a wrong ref fails at once.
  const baseline = loadBaseline({ file: options.baseline, disabled: options.noBaseline, cwd });
  const root = path.resolve(cwd, options.spec);
  const files = options.newSince === undefined ? undefined : GitFiles.at(root, options.newSince);
  const outcome = await (options.lint?.() ?? lint(options.spec, { ruleset: options.ruleset, cwd, onProgress: options.onProgress }));
  const notes: string[] = [];
  let results = outcome.results;
  if (baseline) {
    const comparison = compare(outcome.results, baseline);
    const fresh = new Set(comparison.fresh);
    results = results.filter((result) => fresh.has(result));
    notes.push(...describeComparison(comparison, baseline.file, cwd));
  }
  if (files) {
    const earlier = await findingsAt(files, root, options.newSince!, outcome, cwd, options.onProgress);
    const comparison = compareWithEarlier(outcome.results, root, earlier);
    const fresh = new Set(comparison.fresh);
    results = results.filter((result) => fresh.has(result));
    notes.push(...describeEarlier(comparison, earlier));
  }
  return { outcome, results, filtered: baseline !== undefined || files !== undefined, notes };
}
