import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { InputError } from '../../lib/input-error';
import { likelyCause, type Phase } from '../time-limit';

const SOURCE = 'capi-lint';
const FILE_START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Diagnostics per file. */
export type FileDiagnostics = Map<string, Diagnostic[]>;

/** A capi-lint finding as an LSP diagnostic: same range, severity (Spectral's 0..3 is LSP's 1..4), rule id and docs page. */
export function findingDiagnostic(result: ISpectralDiagnostic): Diagnostic {
  const diagnostic: Diagnostic = {
    range: result.range,
    severity: (result.severity + 1) as DiagnosticSeverity,
    code: String(result.code),
    source: SOURCE,
    message: result.message,
  };
  const href = (result as { documentationUrl?: string }).documentationUrl;
  if (href) diagnostic.codeDescription = { href };
  return diagnostic;
}

export function findingsByFile(results: ISpectralDiagnostic[]): FileDiagnostics {
  const byFile: FileDiagnostics = new Map();
  for (const result of results) {
    const file = String(result.source);
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file)!.push(findingDiagnostic(result));
  }
  return byFile;
}

/**
 * A tree that cannot be linted (malformed YAML, a broken `$ref`, a bad ruleset): one error where
 * the input error points, else at the start of the spec's root.
 */
export function failureDiagnostics(error: unknown, root: string): FileDiagnostics {
  const input = error instanceof InputError;
  const message = input ? error.message : `capi-lint internal error: ${(error as Error)?.message ?? error}`;
  const location = input ? error.location : undefined;
  const diagnostic: Diagnostic = {
    range: location?.range ?? FILE_START,
    severity: DiagnosticSeverity.Error,
    code: input ? 'input-error' : 'internal-error',
    source: SOURCE,
    message,
  };
  return new Map([[location?.file ?? root, [diagnostic]]]);
}

/** A lint stopped at its time limit: one error that names the limit and the phase it was in. */
export function timeLimitDiagnostics(file: string, root: string, seconds: number, phase: Phase): FileDiagnostics {
  const message = `capi-lint stopped linting ${root} after ${seconds} s (capi.timeLimitSeconds) while ${phase}; ${likelyCause(phase)}`;
  return new Map([[file, [{ range: FILE_START, severity: DiagnosticSeverity.Error, code: 'time-limit', source: SOURCE, message }]]]);
}

/**
 * What each tree last found, merged per file (a file in two trees shows both trees' findings once),
 * and what the client was last sent, so that only files whose diagnostics changed are sent again.
 */
export class PublishedDiagnostics {
  private readonly byTree = new Map<string, FileDiagnostics>();
  private readonly sent = new Map<string, string>();

  /** Records a tree's new diagnostics; returns the files to publish, with their merged lists. */
  update(tree: string, found: FileDiagnostics, alwaysSend: Iterable<string> = []): FileDiagnostics {
    const before = this.byTree.get(tree) ?? new Map();
    this.byTree.set(tree, found);
    const always = new Set(alwaysSend);
    const files = new Set([...before.keys(), ...found.keys(), ...always]);
    const toSend: FileDiagnostics = new Map();
    for (const file of files) {
      const merged = this.merged(file);
      const key = JSON.stringify(merged);
      if (this.sent.get(file) === key && !always.has(file)) continue;
      if (merged.length === 0) this.sent.delete(file);
      else this.sent.set(file, key);
      toSend.set(file, merged);
    }
    return toSend;
  }

  private merged(file: string): Diagnostic[] {
    const unique = new Map<string, Diagnostic>();
    for (const found of this.byTree.values()) {
      for (const diagnostic of found.get(file) ?? []) unique.set(JSON.stringify(diagnostic), diagnostic);
    }
    return [...unique.values()];
  }
}
