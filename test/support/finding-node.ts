import { asObject, deref, isObject, valueAt, type JsonPath } from '../../lib/json';

/** What the location check needs of a finding: its rule, message and path in `document`. */
export interface PlacedFinding {
  code: string | number;
  message: string;
  path: JsonPath;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const STATUS_CODE = /^([1-5]\d\d|[1-5]XX|default)$/;

/**
 * Rules that report a finding at another node than the one its message names, and why. A finding
 * of one of them whose message matches `message` is not checked.
 */
export const REPORTS_ELSEWHERE: Record<string, { message: RegExp; why: string }[]> = {
  'capi-polymorphism-conditional-fields': [
    {
      message: /says in prose that fields depend on "[^"]+"/,
      why: 'it names the field whose value decides which fields apply, but the fix is one variant per value: the whole schema changes, so the finding sits on the schema',
    },
  ],
};

/**
 * Why a finding does not sit on the node its message names, in `document` (where `path` leads):
 * the status code, property, parameter, media type, header, path or operation at the end of the
 * path must be named by the message; and a message that names exactly one status code, parameter,
 * media type or property directly under its node must sit on that one instead. `resolved`: the
 * rule sees the document with `$ref`s resolved, so it cannot point at a field that is a `$ref`
 * (Spectral would follow it); such a field's finding sits on the `properties` that hold it. A
 * rule that reports at references can sit on a `$ref`, which is then the node.
 */
export function offNode(finding: PlacedFinding, document: unknown, resolved: boolean): string[] {
  const { message } = finding;
  const path = finding.path.map(String);
  if (!String(finding.code).startsWith('capi-')) return [];
  if (REPORTS_ELSEWHERE[String(finding.code)]?.some((exception) => exception.message.test(message))) return [];
  const problems: string[] = [];
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  const written = valueAt(document, path);
  // A rule that reports at references sits on a `$ref` itself: what lies under it is another node.
  const node = resolved ? deref(document, written) : written;
  const named = (what: string, name: string) => {
    if (!message.includes(name)) problems.push(`it sits on ${what} "${name}", which its message does not name`);
  };

  if (parent === 'responses' && STATUS_CODE.test(last)) named('status code', last);
  if (parent === 'properties') named('property', last);
  if (parent === 'content') named('media type', last);
  if (parent === 'headers') named('header', last);
  const parameter = asObject(deref(document, written));
  if (parent === 'parameters' && /^\d+$/.test(last) && typeof parameter.name === 'string') named('parameter', parameter.name);
  if (path[0] === 'paths' && path.length === 2) named('path', last);
  if (path[0] === 'paths' && path.length === 3 && METHODS.includes(last)) named('operation', `${last.toUpperCase()} ${path[1]}`);

  // A message that names something to add (`has no "guid"`, `add "guid"`, `wrap the guid in
  // "data"`, `add "application/x-yaml"`) is about the node that lacks it, whatever it names as
  // what is there.
  const toAdd = [...message.matchAll(/\b(?:no|add|in) "([^"]+)"/g)].map(([, name]) => name);
  const one = (what: string, names: string[], isNamed: (name: string) => boolean, present = names) => {
    if (toAdd.some((name) => !present.includes(name))) return;
    const found = names.filter(isNamed);
    if (found.length === 1) problems.push(`its message names the ${what} "${found[0]}", which lies under its node: it belongs on that ${what}`);
  };
  const quoted = (name: string) => message.includes(`"${name}"`);
  const operation = path[0] === 'paths' && METHODS.includes(path[2]) && path.length <= 4 ? asObject(deref(document, valueAt(document, path.slice(0, 3)))) : undefined;
  if (operation && (path.length === 3 || last === 'responses')) {
    const codes = Object.keys(asObject(operation.responses));
    const namedCodes = [...message.matchAll(/\b[1-5]\d\d\b/g)].map(([code]) => code);
    // The code a message is about (`GET /v3/apps 404: ...`, `documents 404`), not one it gives as evidence (`answers 204 with no resource`).
    const subjects = new Set([...message.matchAll(/(?:\b(?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) \S+|\bdocuments) ([1-5]\d\d)\b/g)].map(([, code]) => code));
    // A code the operation lacks is one to add, in `responses`.
    if (namedCodes.every((code) => codes.includes(code))) one('status code', codes, (code) => subjects.has(code));
  }
  const parameters = Array.isArray(node) && last === 'parameters' ? node : operation && path.length === 3 ? operation.parameters : undefined;
  if (Array.isArray(parameters)) one('parameter', parameters.map((parameter) => String(asObject(deref(document, parameter)).name)), quoted);
  if (last === 'content' && isObject(node)) one('media type', Object.keys(node), (type) => message.includes(type));
  const properties = last === 'properties' ? node : isObject(node) && !METHODS.includes(last) ? asObject(node).properties : undefined;
  // A message about `required` names fields that exist: the fix goes into the list (or beside `properties`).
  if (isObject(properties) && !/\brequire/.test(message)) {
    const names = Object.keys(properties);
    one('property', names.filter((name) => !(resolved && isObject(properties[name]) && '$ref' in properties[name])), quoted, names);
  }
  return problems;
}
