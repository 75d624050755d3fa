import { successResponses, type Classification, type OperationInfo } from '../../lib/classify';
import { asObject, deref, isObject, type JsonObject } from '../../lib/json';
import { declaredValues, isArrayParameter } from '../../lib/query-parameters';
import { mergeSchema, typesOf } from '../../lib/schema';

/** The values a parameter accepts: listed, or `not declared` when it is a free string; null without the parameter. */
export type Values = string[] | typeof NOT_DECLARED | null;
export const NOT_DECLARED = 'not declared';

export interface Filter {
  name: string;
  /** The type of one value: the items' type for a list. */
  type: string;
  /** True when it takes a comma-delimited list (an array schema). */
  list: boolean;
  /** Its enum, when it has one. */
  values?: string[];
}

export interface Capabilities {
  /** `GET /v3/apps`, as the spec writes the path. */
  endpoint: string;
  kind: string;
  /** The group it is listed under: the first path segment after `/v3` (`apps` for `/v3/apps/{guid}/droplets`). */
  resource: string;
  include: Values;
  orderBy: Values;
  filters: Filter[];
  labelSelector: boolean;
  /** `fields[<resource>]` parameters (or `fields`), each with the field names it accepts. */
  fields: { name: string; values: Exclude<Values, null> }[];
  /** null without a per_page parameter; a bound is null when the schema does not declare it. */
  perPage: { minimum: number | null; maximum: number | null } | null;
  /**
   * Names in the returned resource's `links` / `relationships`: `not declared` for an object that
   * lists no names, null when the response describes no such object.
   */
  links: Values;
  relationships: Values;
}

/** What a need needs to know beyond the JSON report. */
export interface EndpointFacts {
  capabilities: Capabilities;
  operation: OperationInfo;
  /** The resource the endpoint returns (a list's item), if its response has a JSON schema. */
  resourceSchema: unknown;
  /** True when the links object also allows names it does not list (additionalProperties). */
  linksOpen: boolean;
}

const NOT_FILTERS = new Set(['page', 'per_page', 'order_by', 'include', 'label_selector']);

/** Every GET list and show endpoint, in spec order. */
export function endpointsToReport(doc: Classification): OperationInfo[] {
  return doc.operations.filter(({ method, kind }) => method === 'get' && (kind === 'list' || kind === 'show'));
}

/** What the operation accepts and what its resource offers; works on any operation, not only GETs. */
export function endpointFacts(doc: Classification, operation: OperationInfo): EndpointFacts {
  const root = doc.root;
  const query = operation.parameters.map(({ parameter }) => parameter).filter((parameter) => parameter.in === 'query' && typeof parameter.name === 'string');
  const named = (name: string) => query.find((parameter) => parameter.name === name);
  const resourceSchema = returnedResource(doc, operation);
  const resource = mergeSchema(root, resourceSchema, true).properties;
  const links = isObject(resourceSchema) && resource.has('links') ? deref(root, resource.get('links')) : undefined;
  const relationships = isObject(resourceSchema) && resource.has('relationships') ? deref(root, resource.get('relationships')) : undefined;
  const capabilities: Capabilities = {
    endpoint: operation.label,
    kind: operation.kind,
    resource: operation.pathInfo.segments[0] ?? '/',
    include: values(root, named('include')),
    orderBy: values(root, named('order_by')),
    filters: query.filter(({ name }) => !NOT_FILTERS.has(String(name)) && !isFieldsName(String(name))).map((parameter) => filter(root, parameter)),
    labelSelector: named('label_selector') !== undefined,
    fields: query.filter(({ name }) => isFieldsName(String(name))).flatMap((parameter) => fieldsOf(root, parameter)),
    perPage: perPage(root, named('per_page')),
    links: objectNames(root, links),
    relationships: objectNames(root, relationships),
  };
  const linksOpen = isObject(links) && (asObject(links).additionalProperties ?? false) !== false;
  return { capabilities, operation, resourceSchema, linksOpen };
}

/** The schema of the resource an operation returns: its success body, or a collection's `resources` items. */
function returnedResource(doc: Classification, operation: OperationInfo): unknown {
  const body = successResponses(operation).find(({ schema }) => schema !== undefined)?.schema;
  if (body === undefined || doc.schemaKind(body) !== 'collection') return body;
  return asObject(deref(doc.root, mergeSchema(doc.root, body, true).properties.get('resources'))).items;
}

function values(root: unknown, parameter: JsonObject | undefined): Values {
  if (!parameter) return null;
  const declared = declaredValues(root, parameter).map(asText);
  return declared.length > 0 ? declared : NOT_DECLARED;
}

function filter(root: unknown, parameter: JsonObject): Filter {
  const list = isArrayParameter(root, parameter);
  const schema = asObject(deref(root, parameter.schema));
  const one = list ? asObject(deref(root, schema.items)) : schema;
  const type = typesOf(one).filter((t) => t !== 'null').join(' | ') || 'any';
  const enumValues = declaredValues(root, parameter).map(asText);
  return { name: String(parameter.name), type, list, ...(enumValues.length > 0 ? { values: enumValues } : {}) };
}

/** An enum value as text: a string as it is, anything else (a number, null, an object) as JSON. */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function isFieldsName(name: string): boolean {
  return name === 'fields' || name.startsWith('fields[');
}

/**
 * `fields[space]` with its values; a `fields` object (deepObject) gives one entry per declared
 * property, or `fields[...]` with values not declared when it lists none.
 */
function fieldsOf(root: unknown, parameter: JsonObject): Capabilities['fields'] {
  const name = String(parameter.name);
  const schema = deref(root, parameter.schema);
  const merged = mergeSchema(root, schema, true);
  if (name === 'fields' && merged.types.has('object')) {
    const properties = [...merged.properties];
    if (properties.length === 0) return [{ name: 'fields[...]', values: NOT_DECLARED }];
    return properties.map(([key, value]) => ({ name: `fields[${key}]`, values: enumOf(root, value) }));
  }
  return [{ name, values: enumOf(root, schema) }];
}

/** The enum of a schema or of its items; `not declared` without one. */
function enumOf(root: unknown, schema: unknown): Exclude<Values, null> {
  const declared = declaredValues(root, { schema });
  return declared.length > 0 ? declared.map(asText) : NOT_DECLARED;
}

function perPage(root: unknown, parameter: JsonObject | undefined): Capabilities['perPage'] {
  if (!parameter) return null;
  const schema = asObject(deref(root, parameter.schema));
  const bound = (value: unknown) => (typeof value === 'number' ? value : null);
  return { minimum: bound(schema.minimum), maximum: bound(schema.maximum) };
}

function objectNames(root: unknown, schema: unknown): Values {
  if (schema === undefined) return null;
  const names = [...mergeSchema(root, schema, true).properties.keys()];
  return names.length > 0 ? names : NOT_DECLARED;
}
