import { DEFAULT_ACTION_VERBS } from './action-verbs';
import type { ResponseInfo, SchemaKind } from './classify';
import { JsonObject } from './json';

/** Why a POST to a collection triggers an action rather than creating: the verb it is described with, or its bodies. */
export type ActionEvidence = { verb: string; in: 'summary' | 'operationId' | 'description' } | { codes: string[] };

/** Success codes of an action that has nothing to return: accepted for later, or done with no body. */
const BODILESS_CODES = new Set(['202', '204']);

/**
 * A POST to a collection is a create when its bodies say so (it answers 201, or a success
 * response returns a resource) or its words do ("Create …"). Otherwise it triggers an action
 * spelled without `/actions/` (a purge, a re-seed) when its summary, operationId or description
 * opens with an action verb, or when it takes no request body and answers only 202 or 204 with
 * no resource.
 */
export function collectionAction(
  operation: JsonObject,
  responses: ResponseInfo[],
  schemaKind: (schema: unknown) => SchemaKind,
): ActionEvidence | undefined {
  const success = responses.filter(({ code }) => /^2\d\d$/.test(code));
  if (success.some(({ code, schema }) => code === '201' || (schema !== undefined && schemaKind(schema) === 'resource'))) return undefined;
  const described = describedVerb(operation);
  if (described === 'create') return undefined;
  if (described) return described;
  if (operation.requestBody === undefined && success.length > 0 && success.every(({ code }) => BODILESS_CODES.has(code))) {
    return { codes: success.map(({ code }) => code) };
  }
  return undefined;
}

/** The first of summary, operationId and description that opens with an action verb or "create" decides. */
function describedVerb(operation: JsonObject): ActionEvidence | 'create' | undefined {
  for (const place of ['summary', 'operationId', 'description'] as const) {
    const verb = leadingVerb(operation[place]);
    if (verb === 'create') return verb;
    if (verb) return { verb, in: place };
  }
  return undefined;
}

/** The action verb, or "create", that opens the text past adverbs ("Destructively purge …", `purgeAndReseed`, `re-seed`). */
function leadingVerb(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  // Only the opening words matter: a long description is not read past them.
  const words = text
    .slice(0, 200)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Za-z])-([A-Za-z])/g, '$1$2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length > 0);
  for (const word of words) {
    const verb = stems(word).find((stem) => stem === 'create' || DEFAULT_ACTION_VERBS.includes(stem));
    if (verb) return verb;
    if (!word.endsWith('ly')) return undefined;
  }
  return undefined;
}

/** The word and the base forms it may be of: purges, purging, purged → purge; applies → apply. */
function stems(word: string): string[] {
  return [
    word,
    word.replace(/s$/, ''),
    word.replace(/es$/, ''),
    word.replace(/ies$/, 'y'),
    word.replace(/ing$/, ''),
    word.replace(/ing$/, 'e'),
    word.replace(/ed$/, ''),
    word.replace(/ed$/, 'e'),
  ];
}
