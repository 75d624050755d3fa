import * as path from 'path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';

/** What a baseline remembers of a finding: never its line or column, so that edits elsewhere keep it. */
export interface Identity {
  /** The source file, relative to the baseline file's folder, with "/" separators. */
  file: string;
  rule: string;
  /** RFC 6901 JSON pointer inside that file ("" is the whole file). */
  pointer: string;
  /** The message, without the text that names or counts other places (see OTHER_PLACES). */
  message: string;
}

/**
 * Text that rules put in a message about a node shared by many places, naming the first of them
 * and counting the others ("Error body schema of GET /v3/apps 404 and 1251 more error responses:").
 * Adding, removing or reordering any of those places changes it, so an identity leaves it out.
 */
const OTHER_PLACES: [RegExp, string][] = [
  // capi-errors-body-schema: " of <METHOD> <path> <status>[ and N more error responses]" before its ":".
  [/ of [A-Z]+ \S+ \w+(?: and \d+ more error responses)?(?=:)/, ''],
  // capi-collections-*: "Collection returned by <METHOD> <path> (schema ...)".
  [/^Collection returned by [A-Z]+ \S+ \(/, 'Collection ('],
  // capi-links-action-method: a links schema shown under several paths names the action under the first.
  [/( points to the action [A-Z]+ )\S+(?=:)/, '$1…'],
  // capi-resources-required-fields: fields of a shared base "(schema "Base", in resource schema "App" and N more)".
  [/, in resource schema "[^"]*"(?: and \d+ more)?(?=\))/, ', in resource schemas'],
  // capi-filters-operators-declared: a shared filter names the first operation using it, "Filter "x" (GET /v3/apps and N more)".
  [/^(Filter "[^"]*") \([A-Z]+ \S+(?: and \d+ more)?\)/, '$1'],
  // Any other count of other places.
  [/\band \d+ more\b/g, 'and N more'],
];

export function identityOf(result: ISpectralDiagnostic, baselineFolder: string): Identity {
  return {
    file: relativeFile(baselineFolder, result.source),
    rule: String(result.code),
    pointer: toPointer(result.path),
    message: stableMessage(result.message),
  };
}

export function stableMessage(message: string): string {
  return OTHER_PLACES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), message);
}

/** One string per identity, for counting. */
export function keyOf(identity: Identity): string {
  return JSON.stringify([identity.file, identity.rule, identity.pointer, identity.message]);
}

/** The identity without its pointer: a finding that moved inside its file keeps it. */
export function movedKeyOf(identity: Identity): string {
  return JSON.stringify([identity.file, identity.rule, identity.message]);
}

function relativeFile(folder: string, source: string | undefined): string {
  if (source === undefined || source === '') return '';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return source;
  return path.relative(folder, source).split(path.sep).join('/');
}

function toPointer(at: (string | number)[]): string {
  return at.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
