import * as path from 'path';
import type { ISpectralDiagnostic, Ruleset } from '@stoplight/spectral-core';
import { isInternalFailure } from '../lib/document-function';
import { InputError } from '../lib/input-error';
import { compare, type Comparison } from './baseline';
import { identityOf, type Identity } from './baseline-identity';
import { GitFiles } from './git-files';
import { lint } from './lint';
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

/** Checks the repository and REF before anything is linted: a wrong ref fails at once. */
export function filesAt(root: string, ref: string): GitFiles {
  return GitFiles.at(root, ref);
}

/** Lints the spec as it is at the commit of `files`, with the ruleset the working tree is linted with. */
export async function findingsAt(files: GitFiles, root: string, ref: string, ruleset: Ruleset, cwd: string, onProgress?: (step: string) => void): Promise<Earlier> {
  const name = path.relative(cwd, root) || root;
  if (!files.has(root)) return { ref, identities: [], note: `${name} did not exist at ${ref}: every finding is new.` };
  try {
    const earlier = await lint(name, { ruleset, cwd, files, onProgress: onProgress && ((step) => onProgress(`${step} at ${ref}`)) });
    const folder = path.dirname(root);
    return { ref, identities: earlier.results.filter((result) => !isInternalFailure(result)).map((result) => identityOf(result, folder)) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { ref, identities: [], note: `${name} cannot be linted at ${ref} (${error.message}): every finding is new.` };
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
