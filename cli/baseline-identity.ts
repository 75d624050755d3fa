import * as path from 'path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import type { JsonPath } from '../lib/json';
import { describeSchema } from '../lib/schema-walk';
import { bundlePathOf } from './finding-node';

/** What a baseline remembers of a finding: never its line or column, so that edits elsewhere keep it. */
export interface Identity {
  /** The source file, relative to the baseline file's folder, with "/" separators. */
  file: string;
  rule: string;
  /** RFC 6901 JSON pointer inside that file ("" is the whole file). */
  pointer: string;
  /** The message, without the text that names or counts other places (see stableMessage). */
  message: string;
}

export function identityOf(result: ISpectralDiagnostic, baselineFolder: string): Identity {
  return {
    file: relativeFile(baselineFolder, result.source),
    rule: String(result.code),
    pointer: toPointer(result.path),
    message: stableMessage(result.message, bundlePathOf(result)),
  };
}

/** What stands in the identity for a place that is not the finding's own. */
export const OTHER_PLACE = '…';

/**
 * Text that rules put in a message about a node shared by many places, naming the first of them
 * and counting the others ("Error body schema of GET /v3/apps 404 and 1251 more error responses:").
 * Adding, removing or reordering any of those places changes it, so an identity leaves it out.
 * These fixed forms come first, and what they leave is what existing baselines hold.
 */
const FIRST_OF_MANY: [RegExp, string][] = [
  // capi-errors-body-schema: " of <METHOD> <path> <status>[ and N more error responses]" before its ":".
  [/ of [A-Z]+ \S+ \w+(?: and \d+ more error responses)?(?=:)/, ''],
  // capi-collections-*: "Collection returned by <METHOD> <path> (schema ...)".
  [/^Collection returned by [A-Z]+ \S+ \(/, 'Collection ('],
  // capi-links-action-method: a links schema shown under several paths names the action under the first.
  [/( points to the action [A-Z]+ )\S+(?=:)/, `$1${OTHER_PLACE}`],
  // Any count of other places.
  [/\band \d+ more\b/g, 'and N more'],
];

const METHOD = '(?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)';
/** An API path as messages write it, without a sentence's closing "." or ")". */
const API_PATH = String.raw`\/[^\s"),;:]*?(?=\.?(?:[\s"),;:]|$))`;

/**
 * The phrases through which a message names a place of the API. Each is left out of the identity
 * unless it is the finding's own place (see isOwn) or one reached from it (REACHED_FROM_THE_NODE):
 * a node shared by many operations or schemas names the first that uses it (a shared query
 * parameter "of GET /v3/apps", a shared base schema "in resource schema \"App\""), which changes
 * when an unrelated one is added before it.
 */
const PLACES: { shape: string; pattern: RegExp; place: (match: RegExpExecArray) => Place }[] = [
  {
    // describeSchema() after "(", ", " or a noun: `schema "App" at properties.links`, `in GET /v3/apps at responses.200`.
    shape: 'schema location',
    pattern: new RegExp(String.raw`(?<=\(|, |[Rr]esource |oneOf )(?:(?:schema|response|request body|parameter|component) "[^"]*"|in ${METHOD} ${API_PATH})(?: at [^\s),;]+)?`, 'g'),
    place: ([text]) => ({ schema: text }),
  },
  {
    // An operation, with the status code that follows it: `GET /v3/apps`, `POST /v3/roles 429`.
    shape: 'operation',
    pattern: new RegExp(String.raw`\b${METHOD} (${API_PATH})(?: \d{3}\b)?`, 'g'),
    place: (match) => ({ path: match[1] }),
  },
  {
    // A path named as the owner of a parameter or as an action: `of /v3/users/{guid}`, `Action /v3/x/actions/y`.
    shape: 'path',
    pattern: new RegExp(String.raw`(?<=\bof |\bAction )(${API_PATH})(?= )`, 'g'),
    place: (match) => ({ path: match[1] }),
  },
];

type Place = { schema: string } | { path: string };

/**
 * What a message says just before a place that lies elsewhere but that the finding reaches from its
 * node, not one that reaches the node (a user). Such a place changes only when the node or that
 * place itself changes, and then what the finding asks changes too; findings at one node can differ
 * only by it. The identity keeps it.
 */
const REACHED_FROM_THE_NODE: RegExp[] = [
  // A variant of the node's oneOf, by the component its $ref points to: `oneOf[1] (schema "KeyCredentialBinding")`.
  /\boneOf\[\d+\] \($/,
  // The operation an action must name as its equivalent: `does what POST /v3/x`, `"Equivalent to POST /v3/x`.
  /\b(?:does what|Equivalent to) $/,
];

/**
 * The message as an identity keeps it: without what names or counts other places. `at` is the
 * finding's node in the bundled document; without it (a finding that lint() did not make) only
 * the fixed forms above are left out.
 */
export function stableMessage(message: string, at?: JsonPath): string {
  const fixed = FIRST_OF_MANY.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), message);
  if (at === undefined) return fixed;
  const own = ownPlaces(at);
  return PLACES.reduce((text, { pattern, place }) => text.replace(pattern, (...args) => {
    const offset = args[args.length - 2] as number;
    const match = Object.assign([...args.slice(0, -2)], { index: offset, input: text }) as unknown as RegExpExecArray;
    const before = text.slice(0, offset);
    return REACHED_FROM_THE_NODE.some((context) => context.test(before)) || isOwn(place(match), own) ? match[0] : OTHER_PLACE;
  }), fixed);
}

interface OwnPlaces {
  /** The path item the node lies in, when it lies under `paths`. */
  path?: string;
  /** How describeSchema() words the node and each node it lies in. */
  schemas: Set<string>;
}

function ownPlaces(at: JsonPath): OwnPlaces {
  const schemas = new Set<string>();
  for (let length = 2; length <= at.length; length++) schemas.add(describeSchema(at.slice(0, length)));
  return { path: at[0] === 'paths' && at.length > 1 ? String(at[1]) : undefined, schemas };
}

/**
 * A schema is own when the node lies in it. A path is own for a node of a path item when it is that
 * path, one it is nested under (an action's resource) or one beside it that the message derives
 * from it (`POST /v3/tasks/{guid}/actions/cancel` for `PUT /v3/tasks/{guid}/cancel`); a node
 * outside `paths` (a component, a file that several paths use) has no path of its own.
 */
function isOwn(place: Place, own: OwnPlaces): boolean {
  if ('schema' in place) return own.schemas.has(place.schema);
  if (own.path === undefined) return false;
  const parent = own.path.slice(0, own.path.lastIndexOf('/'));
  return place.path === own.path || own.path.startsWith(`${place.path}/`) || place.path.startsWith(`${parent}/`);
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
