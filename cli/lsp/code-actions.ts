import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { conflicts, fixKey, spanOf, type Fix } from '../../lib/fix/edit';
import { lineStarts } from '../../lib/fix/text-tree';
import { fixFor, TextTrees } from '../../lib/fix/fixes-for';
import type { FileReader } from '../../lib/source-files';
import { findingDiagnostic } from './diagnostics';

/** The source action that applies every safe fix of the tree. */
export const FIX_ALL = `${CodeActionKind.SourceFixAll}.capi`;

/** Each file's diagnostics that have a fix or suggestion, by the diagnostic's key. */
export type FileFixes = Map<string, [string, Fix][]>;

/** A diagnostic's identity as the client sends it back in a code action request. */
export function diagnosticKey(diagnostic: Pick<Diagnostic, 'range' | 'code' | 'message'>): string {
  const { start, end } = diagnostic.range;
  return JSON.stringify([start.line, start.character, end.line, end.character, String(diagnostic.code), diagnostic.message]);
}

/** The fix or suggestion of each finding that has one, computed from the texts the lint read. */
export function fixesOfFindings(results: ISpectralDiagnostic[], files: FileReader): FileFixes {
  const trees = new TextTrees((file) => files.read(file), files);
  const byFile: FileFixes = new Map();
  for (const result of results) {
    const fix = fixFor(result, trees);
    if (!fix) continue;
    const file = String(result.source);
    byFile.set(file, [...(byFile.get(file) ?? []), [diagnosticKey(findingDiagnostic(result)), fix]]);
  }
  return byFile;
}

/** A quick fix per diagnostic of the request that has a fix (preferred) or a suggestion. */
export function quickFixes(diagnostics: Diagnostic[], fixes: [string, Fix][], uriOf: (file: string) => string): CodeAction[] {
  const byKey = new Map(fixes);
  return diagnostics.flatMap((diagnostic) => {
    const fix = byKey.get(diagnosticKey(diagnostic));
    if (!fix) return [];
    const title = fix.kind === 'fix' ? fix.title : `${fix.title} (suggestion: check it)`;
    return [{ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.kind === 'fix', edit: workspaceEdit([fix], uriOf) }];
  });
}

/**
 * Every safe fix of the tree in one edit: each shared fix once, and of fixes whose edits overlap
 * only the first (the next lint offers the rest). Undefined when there is none.
 */
export function fixAll(fixes: Fix[], read: (file: string) => string, uriOf: (file: string) => string): CodeAction | undefined {
  const unique = new Map<string, Fix>();
  for (const fix of fixes) if (fix.kind === 'fix') unique.set(fixKey(fix), fix);
  const taken = new Map<string, { start: number; end: number }[]>();
  const chosen = [...unique.values()].filter((fix) => {
    let spans;
    try {
      spans = fix.edits.map((edit) => ({ file: edit.file, span: spanOf(read(edit.file), lineStarts(read(edit.file)), edit) }));
    } catch {
      return false;
    }
    if (spans.some(({ file, span }) => (taken.get(file) ?? []).some((other) => conflicts(span, other)))) return false;
    for (const { file, span } of spans) taken.set(file, [...(taken.get(file) ?? []), span]);
    return true;
  });
  if (chosen.length === 0) return undefined;
  return { title: `Fix all safely fixable capi-lint findings (${chosen.length})`, kind: FIX_ALL, edit: workspaceEdit(chosen, uriOf) };
}

function workspaceEdit(fixes: Fix[], uriOf: (file: string) => string): WorkspaceEdit {
  const changes: Record<string, LspTextEdit[]> = {};
  for (const fix of fixes) {
    for (const edit of fix.edits) (changes[uriOf(edit.file)] ??= []).push({ range: edit.range, newText: edit.newText });
  }
  return { changes };
}
