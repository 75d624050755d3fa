import { stringList } from './document-function';
import { Classification, OperationInfo } from './classify';
import { asArray, asObject, deref, JsonObject, JsonPath } from './json';
import { oncePer } from './cache';
import { allowsType } from './schema';

export interface QueryParameter {
  parameter: JsonObject;
  name: string;
  /** The declaration's own location: its component when shared, else the operation's entry. */
  path: JsonPath;
  /** The first operation that takes it, for messages. */
  operation: OperationInfo;
  operations: OperationInfo[];
}

/** Every query parameter declaration, once each: a shared `components/parameters` entry is reported once. */
export const queryParameters = oncePer((doc: Classification): QueryParameter[] => {
  const byObject = new Map<JsonObject, QueryParameter>();
  for (const operation of doc.operations) {
    for (const { parameter, jsonPath } of operation.parameters) {
      if (parameter.in !== 'query' || typeof parameter.name !== 'string') continue;
      const known = byObject.get(parameter);
      if (known) known.operations.push(operation);
      else byObject.set(parameter, { parameter, name: parameter.name, path: doc.componentPath(parameter) ?? jsonPath, operation, operations: [operation] });
    }
  }
  return [...byObject.values()];
});

/** `created_ats[gt]` -> `{ base: 'created_ats', bracket: 'gt' }`; a plain name has no bracket. */
export function splitBracket(name: string): { base: string; bracket?: string } {
  const match = /^([^[\]]*)\[([^[\]]*)\]$/.exec(name);
  return match ? { base: match[1], bracket: match[2] } : { base: name };
}

/** True when the parameter's schema is an array: it takes several values. */
export function isArrayParameter(root: unknown, parameter: JsonObject): boolean {
  return allowsType(root, parameter.schema, 'array');
}

/** How an array query parameter is serialised: `form` and exploded unless declared otherwise. */
export function serialisation(parameter: JsonObject): { style: string; explode: boolean } {
  const style = typeof parameter.style === 'string' ? parameter.style : 'form';
  const explode = typeof parameter.explode === 'boolean' ? parameter.explode : style === 'form';
  return { style, explode };
}

/** The values a parameter declares: the `enum` of its schema or of its array items. */
export function declaredValues(root: unknown, parameter: JsonObject): unknown[] {
  const schema = asObject(deref(root, parameter.schema));
  const items = asObject(deref(root, schema.items));
  return [...asArray(schema.enum), ...asArray(items.enum)];
}

/** The filters of list endpoints: their query parameters that are not `notFilters` nor an operator form (`[gt]`). */
export function listFilters(doc: Classification, notFilters: string[]): QueryParameter[] {
  return queryParameters(doc).filter(
    ({ name, operations }) => operations.some(({ kind }) => kind === 'list') && !notFilters.includes(name) && !splitBracket(name).bracket,
  );
}

/** The option both filter rules take: query parameters of list endpoints that are not filters. */
export const notFiltersOption = {
  notFilters: stringList('Query parameters of list endpoints that are not filters (page, order_by, include, ...).', 'must be a list of query parameter names'),
};
