import type { Classification } from '../lib/classify';
import { documentFunction, Finding } from '../lib/document-function';
import { ErrorResponseUse, errorBodies, errorBodyProblems, errorObjectProblems, isBareErrorObject, writtenSchemaPath } from '../lib/error-schema';
import { asObject, JsonPath } from '../lib/json';
import { isErrorCode } from '../lib/status';

const SHAPE = 'error bodies are { errors: [ { detail, title, code } ] } with at least one error, all three fields required';

/**
 * S19: every 4xx/5xx body is the JSON `{ errors: [ { detail, title, code } ] }`, the list
 * required and non-empty. A body schema's problems are reported once per schema (the official
 * spec shares one across ~1000 responses), where it is written; so are an error object schema's
 * (the `items` of the list), which this rule owns also where a job lists the same schema
 * (capi-async-job-resource). A response whose body is one error object (it refers to the item
 * schema instead of the body) is reported where that response writes its schema, the `$ref` a
 * person repoints; a body offered in another media type (`text/html`) once per response, at that
 * media type. Reports at references (rules/errors.ts): every path is where the node is written.
 */
export default documentFunction('errorBodySchema', null, (doc) => {
  const { uses, envelopesOf } = errorBodies(doc);
  const bareObjects = [...uses.keys()].filter((body) => isBareErrorObject(doc.root, body, envelopesOf.has(body)));
  const bodies = [...uses.entries()]
    .filter(([body]) => !bareObjects.includes(body))
    .flatMap(([body, list]) => {
      const at = writtenSchemaPath(doc, body, schemaPathOf(doc, list[0]));
      return errorBodyProblems(doc.root, body).map(({ text, at: inBody }) => ({
        message: `Error body schema of ${usersOf(list)}: ${text}; ${SHAPE}.`,
        path: [...at, ...inBody],
      }));
    });
  const items = [...envelopesOf.entries()].flatMap(([item, envelopes]) => {
    const list = envelopes.flatMap((envelope) => uses.get(envelope) ?? []);
    const at = writtenSchemaPath(doc, item, []);
    return errorObjectProblems(doc.root, item).map(({ text, at: inItem }) => ({
      message: `Error body schema of ${usersOf(list)}: ${text}; ${SHAPE}.`,
      path: [...at, ...inItem],
    }));
  });
  return [...notJson(doc), ...bareObjects.flatMap((body) => bareObjectBodies(doc, body)), ...bodies, ...items];
});

/** `GET /v3/apps 400 and 3 more error responses`. */
function usersOf([first, ...more]: ErrorResponseUse[], others = ' error responses'): string {
  return `${first.op.label} ${first.response.code}${more.length > 0 ? ` and ${more.length} more${others}` : ''}`;
}

/** Where a response is written: its component, or the operation's status code. */
function responsePathOf(doc: Classification, { response }: ErrorResponseUse): JsonPath {
  return doc.componentPath(response.response) ?? response.jsonPath;
}

/** The media type's `schema` where the response is written: the `$ref` (or inline schema) a person edits. */
function schemaPathOf(doc: Classification, use: ErrorResponseUse): JsonPath {
  return [...responsePathOf(doc, use), 'content', use.response.mediaType ?? 'application/json', 'schema'];
}

/** `Error response "BadGateway" (GET /v3/apps 502 and 3 more)` for a shared response, else `GET /v3/apps 502`. */
function whichResponse(doc: Classification, list: ErrorResponseUse[]): string {
  const shared = doc.componentPath(list[0].response.response);
  return shared ? `Error response "${shared[shared.length - 1]}" (${usersOf(list, '')})` : usersOf(list);
}

/** The responses whose body is `body`, one finding per place their schema is written. */
function bareObjectBodies(doc: Classification, body: unknown): Finding[] {
  const { uses, envelopesOf } = errorBodies(doc);
  const byPlace = new Map<string, ErrorResponseUse[]>();
  for (const use of uses.get(body) ?? []) {
    const key = JSON.stringify(schemaPathOf(doc, use));
    byPlace.set(key, [...(byPlace.get(key) ?? []), use]);
  }
  const name = doc.componentPath(body);
  const envelope = envelopesOf.get(body)?.map((candidate) => doc.componentPath(candidate)).find((path) => path !== undefined);
  const problem =
    name && envelope
      ? `refers to the error object schema "${name[name.length - 1]}" as its body, not to an error body: refer to "${envelope[envelope.length - 1]}" (whose "errors" list holds such objects) instead`
      : 'has a single error object as its body, not an error body: wrap it in { errors: [ ... ] } (a body schema whose "errors" list holds it)';
  return [...byPlace.values()].map((list) => ({
    message: `${whichResponse(doc, list)} ${problem}; ${SHAPE}.`,
    path: schemaPathOf(doc, list[0]),
  }));
}

/** Error bodies offered in a media type that is not JSON, once per response, at that media type. */
function notJson(doc: Classification): Finding[] {
  // The first operation that uses each response names it.
  const responses = new Map<unknown, ErrorResponseUse>();
  for (const op of doc.operations) {
    for (const response of op.responses) {
      if (isErrorCode(response.code) && !responses.has(response.response)) responses.set(response.response, { op, response });
    }
  }
  return [...responses.values()].flatMap((use) =>
    Object.keys(asObject(use.response.response.content))
      .filter((mediaType) => !isJson(mediaType))
      .map((mediaType) => ({
        message: `${whichResponse(doc, [use])} offers the error body as "${mediaType}"; every error body is the JSON object { errors: [ { detail, title, code } ] }: remove "${mediaType}".`,
        path: [...responsePathOf(doc, use), 'content', mediaType],
      })),
  );
}

/** `application/json` or a `+json` type; the guide makes every error body JSON. */
function isJson(mediaType: string): boolean {
  return /^application\/([\w.-]+\+)?json(;|$)/.test(mediaType);
}
