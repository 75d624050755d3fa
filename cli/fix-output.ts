import * as path from 'path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import type { Fix, TextEdit } from '../lib/fix/edit';
import type { FileReader } from '../lib/source-files';
import { fixFor, TextTrees } from '../lib/fix/fixes-for';
import { unifiedDiff } from '../lib/fix/unified-diff';
import { displayName } from './display-name';
import type { FixRun } from './fix';
import type { Format } from './output';

/** The formats that carry fixes: `json` (as edits) and `sarif` (as SARIF `fixes`). */
export function carriesFixes(format: Format): boolean {
  return format === 'json' || format === 'sarif';
}

/** Each result's fix or suggestion, computed from the files' texts as `read` gives them (and from the parses `cache` kept of them). */
export function fixesOf(results: ISpectralDiagnostic[], read: (file: string) => string, cache?: Pick<FileReader, 'parsed'>): (Fix | undefined)[] {
  const trees = new TextTrees(read, cache);
  return results.map((result) => fixFor(result, trees));
}

/**
 * A `json` or `sarif` report with each finding's fix added: in JSON a `fix` (a safe fix) or
 * `suggestions` (for a person), each a title and its edits; in SARIF 2.1.0 the result's `fixes`
 * (one `artifactChange` per file, `replacements` with 1-based `deletedRegion`s), a suggestion
 * marked by `properties.kind`. Results are in the order the formatters wrote them.
 */
export function withFixes(text: string, format: Format, fixes: (Fix | undefined)[]): string {
  if (!fixes.some(Boolean)) return text;
  if (format === 'json') {
    const entries = JSON.parse(text) as Record<string, unknown>[];
    entries.forEach((entry, index) => {
      const fix = fixes[index];
      if (!fix) return;
      const change = { title: fix.title, edits: fix.edits };
      if (fix.kind === 'fix') entry.fix = change;
      else entry.suggestions = [change];
    });
    return JSON.stringify(entries, null, '\t');
  }
  const log = JSON.parse(text);
  const results: Record<string, unknown>[] = log.runs?.[0]?.results ?? [];
  results.forEach((result, index) => {
    const fix = fixes[index];
    if (fix) result.fixes = [sarifFix(fix)];
  });
  return JSON.stringify(log, null, 2);
}

function sarifFix(fix: Fix) {
  const byFile = new Map<string, TextEdit[]>();
  for (const edit of fix.edits) byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit]);
  return {
    description: { text: fix.title },
    artifactChanges: [...byFile].map(([file, edits]) => ({
      // As Spectral's SARIF formatter names the results' files.
      artifactLocation: { uri: path.relative(process.cwd(), file).replace(/\\/g, '/') },
      replacements: edits.map((edit) => ({
        deletedRegion: {
          startLine: edit.range.start.line + 1,
          startColumn: edit.range.start.character + 1,
          endLine: edit.range.end.line + 1,
          endColumn: edit.range.end.character + 1,
        },
        insertedContent: { text: edit.newText },
      })),
    })),
    properties: { kind: fix.kind, rule: fix.rule },
  };
}

/** What `--fix-dry-run` would do, as `-f json` and `-f sarif` carry it: the diff per file and each fix left out. */
export interface DryRun {
  /** Findings the fixes would remove, in all and per rule. */
  fixed: number;
  fixedPerRule: Record<string, number>;
  /** Each file the fixes would change, named as in the diff, with its unified diff. */
  files: { file: string; diff: string }[];
  notFixed: { file: string; rule: string; title: string; reason: string }[];
}

export function dryRunOf(run: FixRun, cwd: string): DryRun {
  return {
    fixed: run.fixed,
    fixedPerRule: Object.fromEntries(run.fixedPerRule),
    files: [...run.changed].map(([file, { before, after }]) => ({ file: displayName(file, cwd), diff: unifiedDiff(displayName(file, cwd), before, after) })),
    notFixed: run.dropped.map(({ fix, reason }) => ({ file: displayName(fix.edits[0].file, cwd), rule: fix.rule, title: fix.title, reason })),
  };
}

/** The formats whose report is one document a program parses: a diff before it would break it. */
const ONE_DOCUMENT: Format[] = ['json', 'sarif', 'junit', 'html', 'code-climate'];

/**
 * Where the dry run's diff is printed before the report: on stdout when the report goes to a file
 * (-o) or is for people; else on stderr, unless the report carries it (json, sarif).
 */
export function dryRunDiffStream(format: Format, output: string | undefined): 'stdout' | 'stderr' | undefined {
  if (output !== undefined || !ONE_DOCUMENT.includes(format)) return 'stdout';
  return carriesFixes(format) ? undefined : 'stderr';
}

/**
 * A `json` or `sarif` report with the dry run in it: in JSON the findings' array becomes
 * `findings` beside `fixDryRun`; in SARIF the run's property bag gets `fixDryRun`.
 */
export function withDryRun(text: string, format: Format, dryRun: DryRun): string {
  if (format === 'json') return JSON.stringify({ findings: JSON.parse(text), fixDryRun: dryRun }, null, '\t');
  const log = JSON.parse(text);
  const run = log.runs?.[0];
  if (run) run.properties = { ...run.properties, fixDryRun: dryRun };
  return JSON.stringify(log, null, 2);
}
