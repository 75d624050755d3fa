import type { IRange } from '@stoplight/types';
import { lineStarts, offsetOf, positionOf, type TextFile } from './text-tree';

/** One text change, as LSP's TextEdit with its file: `range` (0-based lines and characters) becomes `newText`. */
export interface TextEdit {
  file: string;
  range: IRange;
  newText: string;
}

export type FixKind = 'fix' | 'suggestion';

/** A change to the spec's files that resolves a finding: a safe `fix` (applied by --fix) or a `suggestion` for a person. */
export interface Fix {
  rule: string;
  kind: FixKind;
  title: string;
  edits: TextEdit[];
}

/** An edit in offsets of one file's text, as the operations compute it. */
export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

export function toTextEdit(tree: TextFile, edit: OffsetEdit): TextEdit {
  return { file: tree.file, range: { start: positionOf(tree, edit.start), end: positionOf(tree, edit.end) }, newText: edit.text };
}

/** A key for an edit: identical edits (a shared component reached from several findings) count once. */
export function editKey(edit: TextEdit): string {
  return JSON.stringify([edit.file, edit.range.start.line, edit.range.start.character, edit.range.end.line, edit.range.end.character, edit.newText]);
}

/** A fix's identity, for deduplication: its rule and its edits. */
export function fixKey(fix: Fix): string {
  return JSON.stringify([fix.rule, fix.edits.map(editKey).sort()]);
}

interface Span {
  start: number;
  end: number;
}

/**
 * Two edits conflict when their ranges overlap, or when both insert at the same place (their
 * order would be a guess): the later fix waits for the next pass, computed on the new text.
 */
export function conflicts(a: Span, b: Span): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** `text` with `edits` (of this one file, none overlapping) applied. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const starts = lineStarts(text);
  const spans = edits
    .map((edit) => ({ start: offsetOf(starts, text.length, edit.range.start), end: offsetOf(starts, text.length, edit.range.end), text: edit.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const span of spans) result = result.slice(0, span.start) + span.text + result.slice(span.end);
  return result;
}

/** Offsets of an edit in `text`, to compare edits of one file. */
export function spanOf(text: string, starts: number[], edit: TextEdit): Span {
  return { start: offsetOf(starts, text.length, edit.range.start), end: offsetOf(starts, text.length, edit.range.end) };
}
