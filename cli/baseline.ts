import * as fs from 'fs';
import * as path from 'path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { DEFAULT_BASELINE, readBaseline, writeBaseline } from './baseline-file';
import { isInternalFailure } from '../lib/document-function';
import { identityOf, keyOf, movedKeyOf, type Identity } from './baseline-identity';
import { plural } from './report/text';

/**
 * A baseline: the findings a spec already had when it was written, so that a run fails only on
 * new ones. A layer over lint()'s results; identities are in ./baseline-identity.ts.
 */
export interface BaselineOptions {
  /** --baseline FILE, relative to cwd. */
  file?: string;
  /** --no-baseline */
  disabled: boolean;
  cwd: string;
}

export interface Comparison {
  /** Findings the baseline does not hold. */
  fresh: ISpectralDiagnostic[];
  /** How many findings it holds (left out of the report). */
  known: number;
  /** How many of those it holds at another pointer of the same file. */
  moved: number;
  /** Its entries that no longer occur. */
  fixed: Identity[];
}

export function baselinePath(options: Pick<BaselineOptions, 'file' | 'cwd'>): string {
  return path.resolve(options.cwd, options.file ?? DEFAULT_BASELINE);
}

/** The baseline a run reads: the named file (which must exist), else the default one when present. */
export function loadBaseline(options: BaselineOptions): { file: string; identities: Identity[] } | undefined {
  if (options.disabled) return undefined;
  const file = baselinePath(options);
  if (options.file === undefined && !fs.existsSync(file)) return undefined;
  return { file, identities: readBaseline(file) };
}

/**
 * Pairs findings with baseline entries: first those with the same identity, one entry per
 * finding; then a finding whose pointer changed (an item inserted before it in a list, or a rule
 * that reports a shared problem at the first of its places) when its file, rule and message
 * occur exactly once among both the findings and the entries.
 */
export function compare(results: ISpectralDiagnostic[], baseline: { file: string; identities: Identity[] }): Comparison {
  const folder = path.dirname(baseline.file);
  const findings = results.map((result) => ({ result, identity: identityOf(result, folder) }));
  const remaining = groupBy(baseline.identities, keyOf);
  // A rule that failed is never an accepted finding: it hides the findings it could not make.
  const unmatched = findings.filter(({ result, identity }) => {
    if (isInternalFailure(result)) return true;
    const entries = remaining.get(keyOf(identity));
    return entries === undefined || entries.pop() === undefined;
  });
  const entriesLeft = [...remaining.values()].flat();
  const once = (key: string, counts: Map<string, unknown[]>) => counts.get(key)?.length === 1;
  const baselineMoves = groupBy(baseline.identities, movedKeyOf);
  const findingMoves = groupBy(findings.map(({ identity }) => identity), movedKeyOf);
  const movable = groupBy(entriesLeft, movedKeyOf);
  let moved = 0;
  const fresh = unmatched
    .filter(({ identity }) => {
      const key = movedKeyOf(identity);
      if (!once(key, baselineMoves) || !once(key, findingMoves) || movable.get(key)?.pop() === undefined) return true;
      moved++;
      return false;
    })
    .map(({ result }) => result);
  return { fresh, known: results.length - fresh.length, moved, fixed: [...movable.values()].flat() };
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(item);
  }
  return groups;
}

/** The entries of an existing baseline file, which --write-baseline replaces. */
export function previousBaseline(file: string): Identity[] | undefined {
  return fs.existsSync(file) ? readBaseline(file) : undefined;
}

export interface Written {
  total: number;
  added: number;
  removed: number;
  moved: number;
  existed: boolean;
}

/** Records every current finding but a rule's own failure; against the previous entries, counts what it adds and removes. */
export function recordBaseline(results: ISpectralDiagnostic[], file: string, previous: Identity[] | undefined): Written {
  const recorded = results.filter((result) => !isInternalFailure(result));
  const change = previous ? compare(recorded, { file, identities: previous }) : undefined;
  const folder = path.dirname(file);
  writeBaseline(file, recorded.map((result) => identityOf(result, folder)));
  return {
    total: recorded.length,
    added: change?.fresh.length ?? recorded.length,
    removed: change?.fixed.length ?? 0,
    moved: change?.moved ?? 0,
    existed: previous !== undefined,
  };
}

const FIXED_LISTED = 20;

/** The lines a run prints about its baseline (on stderr). */
export function describeComparison(comparison: Comparison, file: string, cwd: string): string[] {
  const name = displayName(file, cwd);
  const lines: string[] = [];
  if (comparison.known > 0) {
    lines.push(`capi-lint: ${plural(comparison.known, 'finding')} in the baseline ${name} left out (--no-baseline shows them).`);
  }
  const { fixed } = comparison;
  if (fixed.length > 0) {
    lines.push(
      `capi-lint: ${plural(fixed.length, 'baseline entry', 'baseline entries')} no longer ${fixed.length === 1 ? 'occurs' : 'occur'} (fixed); run with --write-baseline to prune ${fixed.length === 1 ? 'it' : 'them'} from ${name}:`,
      ...fixed.slice(0, FIXED_LISTED).map((entry) => `  fixed: ${entry.file} ${entry.rule} ${entry.pointer || '(whole file)'}: ${entry.message}`),
      ...(fixed.length > FIXED_LISTED ? [`  and ${fixed.length - FIXED_LISTED} more`] : []),
    );
  }
  return lines;
}

export function describeWritten(record: Written, file: string, cwd: string): string {
  const moved = record.moved > 0 ? `, ${record.moved} moved to another pointer` : '';
  const change = record.existed ? `${record.added} added, ${record.removed} removed${moved}` : 'a new file';
  return `capi-lint: wrote ${plural(record.total, 'finding')} to the baseline ${displayName(file, cwd)} (${change}).`;
}

function displayName(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
