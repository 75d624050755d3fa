import * as path from 'path';
import type { ISpectralDiagnostic, Ruleset } from '@stoplight/spectral-core';
import { InputError } from '../lib/input-error';
import { whyNotWritable, writeAtomic, type WriteOps } from '../lib/fix/atomic-write';
import { applyEdits, conflicts, fixKey, spanOf, type Fix } from '../lib/fix/edit';
import { fixFor, TextTrees } from '../lib/fix/fixes-for';
import { FIXABILITY } from '../lib/fix/registry';
import { parseSource } from '../lib/source-files';
import { suspects } from '../lib/fix/suspects';
import { WorkspaceFiles } from './lsp/workspace-files';
import { lint, type LintOptions, type LintOutcome } from './lint';
import { displayName } from './display-name';

/** At most this many passes: each applies the fixes that do not overlap, the next those left. */
const MAX_PASSES = 10;

export interface FixOptions extends Pick<LintOptions, 'ruleset' | 'cwd' | 'onProgress'> {
  /** Only the fixes of these rules (--fix-rule); all safe fixes when absent. */
  rules?: string[];
  /** Compute and check the fixes, but write nothing (--fix-dry-run). */
  dryRun?: boolean;
  /** The file system calls of the writes (tests inject failures). */
  writeOps?: WriteOps;
  /** Where a finding's fix comes from (tests inject a fix that breaks its file); default: the rules' fixers. */
  fixFor?: typeof fixFor;
}

export interface FixRun {
  /** The lint of the fixed tree (in memory; on disk too unless a dry run). */
  outcome: LintOutcome;
  /** Each changed file: its text before and after. */
  changed: Map<string, { before: string; after: string }>;
  /** Findings of the first lint that the fixed tree no longer has, per rule. */
  fixedPerRule: Map<string, number>;
  fixed: number;
  /** Fixes left out, each with why: it broke its file, added a finding, or its file may not be written. */
  dropped: { fix: Fix; reason: string }[];
  /** A file's text in the fixed tree (what `outcome`'s positions refer to, also after a dry run). */
  read: (file: string) => string;
}

/**
 * Applies every safe fix to the spec's tree in memory, in passes, re-linting the whole tree after
 * each: a fix that leaves its file unparsable or adds a finding is dropped and named. Then writes
 * each changed file atomically (unless a dry run). Throws InputError for bad input or a failed write.
 * The first pass whose fixers name rules to check first (Fixer.checkFirst) runs those alone before
 * the whole lint; the ruleset's rules are switched off meanwhile, so it must not lint elsewhere then.
 */
export async function fixSpec(spec: string, options: FixOptions = {}): Promise<FixRun> {
  const cwd = options.cwd ?? process.cwd();
  const rootFolder = path.dirname(path.resolve(cwd, spec));
  const edited = new Map<string, string>();
  const files = new WorkspaceFiles((file) => edited.get(file));
  let ruleset = options.ruleset;
  const lintTree = (step: string) => {
    options.onProgress?.(step);
    return lint(spec, { ruleset, cwd, files });
  };
  const first = await lintTree(`linting ${spec}`);
  // Loaded once: each check of the fixed tree lints with the same rules.
  ruleset = first.ruleset;
  let outcome = first;
  const originals = new Map<string, string>();
  const dropped = new Map<string, { fix: Fix; reason: string }>();
  let undone = 0;
  let checkedFirst = false;
  /** The findings of `rules` the fixed tree has and the tree before this pass had not (none when that lint fails: the whole lint names it). */
  const addedByRules = async (rules: string[], pass: number): Promise<ISpectralDiagnostic[]> => {
    const some = await withRulesOnly(first.ruleset, rules, () => lintTree(`checking the fixed tree with ${rules.join(', ')} first (pass ${pass})`)).catch(() => undefined);
    return some ? addedFindings(outcome.results.filter((finding) => rules.includes(String(finding.code))), some.results) : [];
  };
  const located = (finding: ISpectralDiagnostic) => `${finding.code} at ${displayName(String(finding.source), cwd)}:${finding.range.start.line + 1}`;
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const trees = new TextTrees((file) => files.read(file), files);
    const chosen = chooseFixes(fixesOf(outcome.results, trees, options, dropped), rootFolder, dropped, trees);
    if (chosen.length === 0) break;
    const texts = textsAfter(chosen, files, dropped);
    if (texts.size === 0) continue;
    const previous = new Map([...texts.keys()].map((file) => [file, edited.get(file)]));
    for (const [file, text] of texts) {
      if (!originals.has(file)) originals.set(file, files.read(file));
      edited.set(file, text);
    }
    // Once, the rules some fixes name to check first run alone: a fix they drop then costs no second whole lint.
    const early: string[] = checkedFirst || first.ruleset.overrides !== null ? [] : rulesToCheckFirst(chosen).filter((name) => first.ruleset.rules[name]?.enabled);
    let added = early.length > 0 ? await addedByRules(early, pass) : [];
    checkedFirst ||= early.length > 0;
    let next: LintOutcome | Error | undefined;
    if (added.length === 0) {
      next = await lintTree(`checking the fixed tree (pass ${pass})`).catch((error) => error as Error);
      added = next instanceof Error ? [] : addedFindings(outcome.results, next.results);
    }
    if (next === undefined || next instanceof Error || added.length > 0) {
      // Undo the pass and drop the fixes that can have caused it (see suspects()); then try again.
      const culprits = next instanceof Error ? chosen.map((fix) => ({ fix, finding: undefined })) : suspects(chosen, added, new TextTrees((file) => files.read(file), files));
      for (const [file, text] of previous) text === undefined ? edited.delete(file) : edited.set(file, text);
      for (const { fix, finding } of culprits) {
        const reason = next instanceof Error ? `the fixed tree does not lint (${next.message})` : `it adds a finding: ${located(finding ?? added[0])}`;
        dropped.set(fixId(fix), { fix, reason });
      }
      if (++undone <= MAX_PASSES) pass--;
      continue;
    }
    outcome = next;
  }
  const changed = new Map<string, { before: string; after: string }>();
  for (const [file, before] of originals) {
    const after = edited.get(file) ?? before;
    if (after !== before) changed.set(file, { before, after });
  }
  if (!options.dryRun) {
    for (const [file, { after }] of changed) {
      try {
        writeAtomic(file, after, options.writeOps);
      } catch (error: any) {
        throw new InputError(`cannot write ${file} (${error?.code ?? error?.message}); it is left as it was`);
      }
    }
  }
  const fixedPerRule = new Map<string, number>();
  for (const finding of removedFindings(first.results, outcome.results)) fixedPerRule.set(String(finding.code), (fixedPerRule.get(String(finding.code)) ?? 0) + 1);
  const fixed = [...fixedPerRule.values()].reduce((sum, count) => sum + count, 0);
  return { outcome, changed, fixedPerRule, fixed, dropped: [...dropped.values()], read: (file) => files.read(file) };
}

/** The rules the fixers of `fixes` name to check first (Fixer.checkFirst). */
function rulesToCheckFirst(fixes: Fix[]): string[] {
  return [...new Set(fixes.flatMap((fix) => {
    const entry = FIXABILITY[fix.rule];
    return entry && entry.kind !== 'none' ? entry.fixer.checkFirst ?? [] : [];
  }))];
}

/** `run` with only `names` of the ruleset's rules enabled (as they were); each rule is enabled again as it was after. */
async function withRulesOnly<T>(ruleset: Ruleset, names: string[], run: () => Promise<T>): Promise<T> {
  const rules = Object.values(ruleset.rules);
  const enabled = rules.map((rule) => rule.enabled);
  for (const rule of rules) if (!names.includes(rule.name)) rule.enabled = false;
  try {
    return await run();
  } finally {
    rules.forEach((rule, index) => (rule.enabled = enabled[index]));
  }
}

/** The safe fixes of the findings (each once: a shared component is fixed once), of the rules asked for, none dropped before. */
function fixesOf(results: ISpectralDiagnostic[], trees: TextTrees, { rules, fixFor: fixOf = fixFor }: FixOptions, dropped: Map<string, unknown>): Fix[] {
  const fixes = new Map<string, Fix>();
  for (const result of results) {
    if (rules && !rules.includes(String(result.code))) continue;
    const fix = fixOf(result, trees);
    if (!fix || fix.kind !== 'fix') continue;
    const key = fixKey(fix);
    if (!dropped.has(fixId(fix))) fixes.set(key, fix);
  }
  return [...fixes.values()];
}

/**
 * The fixes of this pass: those whose files may be written (the others are dropped, named with
 * why) and that conflict with no fix chosen before them; the rest wait for the next pass.
 */
function chooseFixes(fixes: Fix[], rootFolder: string, dropped: Map<string, { fix: Fix; reason: string }>, trees: TextTrees): Fix[] {
  const chosen: Fix[] = [];
  const taken = new Map<string, { start: number; end: number }[]>();
  for (const fix of fixes) {
    const refusal = fix.edits.map((edit) => whyNotWritable(edit.file, rootFolder)).find(Boolean);
    if (refusal) {
      dropped.set(fixId(fix), { fix, reason: `its file is ${refusal}: not fixed, not written` });
      continue;
    }
    const spans = fix.edits.map((edit) => {
      // A fix is computed from its file's tree: the tree is there.
      const tree = trees.get(edit.file)!;
      return { file: edit.file, span: spanOf(tree.text, tree.lineStarts, edit) };
    });
    if (spans.some(({ file, span }) => (taken.get(file) ?? []).some((other) => conflicts(span, other)))) continue;
    for (const { file, span } of spans) taken.set(file, [...(taken.get(file) ?? []), span]);
    chosen.push(fix);
  }
  return chosen;
}

/**
 * The text of each file the fixes edit, with them applied. A fix after which its file no longer
 * parses (tried alone) is dropped; a file whose fixes together break it keeps its text this pass.
 * Each text is parsed as a lint parses it, and the parse kept in `files` for the lint that checks it.
 */
function textsAfter(fixes: Fix[], files: WorkspaceFiles, dropped: Map<string, { fix: Fix; reason: string }>): Map<string, string> {
  const byFile = new Map<string, Fix[]>();
  for (const fix of fixes) for (const file of new Set(fix.edits.map((edit) => edit.file))) byFile.set(file, [...(byFile.get(file) ?? []), fix]);
  const broken = new Set<Fix>();
  const parses = (file: string, text: string) => {
    try {
      return parseSource(file, text, files) !== undefined;
    } catch {
      return false;
    }
  };
  const apply = (file: string, some: Fix[]) => applyEdits(files.read(file), some.flatMap((fix) => fix.edits.filter((edit) => edit.file === file)));
  for (const [file, fileFixes] of byFile) {
    if (parses(file, apply(file, fileFixes))) continue;
    const alone = fileFixes.filter((fix) => !parses(file, apply(file, [fix])));
    for (const fix of alone.length ? alone : fileFixes) broken.add(fix);
  }
  const texts = new Map<string, string>();
  for (const [file, fileFixes] of byFile) {
    const text = apply(file, fileFixes.filter((fix) => !broken.has(fix)));
    if (parses(file, text)) texts.set(file, text);
    else fileFixes.forEach((fix) => broken.add(fix));
  }
  for (const fix of broken) dropped.set(fixId(fix), { fix, reason: 'it leaves its file unparsable' });
  // A fix with edits in several files goes whole or not at all.
  for (const [file, fileFixes] of byFile) {
    const kept = fileFixes.filter((fix) => !broken.has(fix));
    if (kept.length && texts.has(file)) texts.set(file, apply(file, kept));
    else texts.delete(file);
  }
  return texts;
}

/** A fix's identity across passes (its edits' positions move as other fixes land): rule, file and what it does. */
function fixId(fix: Fix): string {
  return JSON.stringify([fix.rule, fix.edits[0]?.file, fix.title]);
}

/** A finding by its rule and node: a message that changes (a finding partly fixed) is the same finding. */
function findingKey(finding: ISpectralDiagnostic): string {
  return JSON.stringify([finding.code, finding.source, finding.path]);
}

/** The findings of `after` that `before` has not (as a multiset). */
function addedFindings(before: ISpectralDiagnostic[], after: ISpectralDiagnostic[]): ISpectralDiagnostic[] {
  return removedFindings(after, before);
}

/** The findings of `before` that `after` has not (as a multiset). */
function removedFindings(before: ISpectralDiagnostic[], after: ISpectralDiagnostic[]): ISpectralDiagnostic[] {
  const left = new Map<string, number>();
  for (const finding of after) left.set(findingKey(finding), (left.get(findingKey(finding)) ?? 0) + 1);
  return before.filter((finding) => {
    const count = left.get(findingKey(finding)) ?? 0;
    if (count > 0) left.set(findingKey(finding), count - 1);
    return count === 0;
  });
}
