import * as fs from 'fs';
import * as path from 'path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { isInternalFailure } from '../lib/document-function';
import { InputError } from '../lib/input-error';
import { compare, type Comparison } from './baseline';
import { identityOf, type Identity } from './baseline-identity';
import type { GitFiles } from './git-files';
import { lint, type LintOutcome } from './lint';
import { plural } from './report/text';

/**
 * `--new-since REF`: the spec's findings at git REF, so that a run reports only the ones a change
 * adds (golangci-lint's --new-from-rev). They are matched as a baseline's entries are, moved
 * pointers included: REF's findings are a baseline made on the fly.
 */
export interface Earlier {
  ref: string;
  /** The findings at REF, as a baseline holds them (relative to the spec's folder). */
  identities: Identity[];
  /** Why there are none to compare with (the spec did not exist or did not lint at REF). */
  note?: string;
}

/**
 * The spec's findings at the commit of `files`, with the ruleset the working tree was linted with
 * (`current`): linted again from git, unless every file of the spec is as it was there (a commit
 * that changed other files), where they are the current findings.
 */
export async function findingsAt(files: GitFiles, root: string, ref: string, current: LintOutcome, cwd: string, onProgress?: (step: string) => void): Promise<Earlier> {
  const name = path.relative(cwd, root) || root;
  const folder = path.dirname(root);
  const identities = (results: ISpectralDiagnostic[]) => results.filter((result) => !isInternalFailure(result)).map((result) => identityOf(result, folder));
  if (!files.has(root)) return { ref, identities: [], note: `${name} did not exist at ${ref}: every finding is new.` };
  if (current.files.every((file) => unchanged(files, file))) return { ref, identities: identities(current.results) };
  try {
    const earlier = await lint(name, { ruleset: current.ruleset, cwd, files, onProgress: onProgress && ((step) => onProgress(`${step} at ${ref}`)) });
    return { ref, identities: identities(earlier.results) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { ref, identities: [], note: `${name} cannot be linted at ${ref} (${error.message}): every finding is new.` };
  }
}

function unchanged(files: GitFiles, file: string): boolean {
  try {
    return files.read(file) === fs.readFileSync(file, 'utf8');
  } catch {
    return false;
  }
}

/** The findings not at REF; a comparison against REF's findings as against a baseline in the spec's folder. */
export function compareWithEarlier(results: ISpectralDiagnostic[], root: string, earlier: Earlier): Comparison {
  // compare() reads identities relative to the folder of the baseline file it is given.
  return compare(results, { file: root, identities: earlier.identities });
}

/** The line a run prints (on stderr) about what --new-since left out. */
export function describeEarlier(comparison: Comparison, earlier: Earlier): string[] {
  if (earlier.note) return [`capi-lint: ${earlier.note}`];
  if (comparison.known === 0) return [];
  const moved = comparison.moved > 0 ? ` (${comparison.moved} at another pointer)` : '';
  return [`capi-lint: ${plural(comparison.known, 'finding')} already at ${earlier.ref} left out${moved} (--new-since).`];
}
