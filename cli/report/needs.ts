import type { OperationInfo } from '../../lib/classify';
import { asObject, deref, isObject } from '../../lib/json';
import { mergeSchema } from '../../lib/schema';
import { NOT_DECLARED, type EndpointFacts, type Values } from './capabilities';
import { endpointLabel, OperationIndex } from './endpoints';
import { PRIORITIES, type Need, type Priority } from './needs-file';
import type { LoadedSpec } from './spec';

export const NEED_STATUSES = ['met', 'unmet', 'unknown', 'no-endpoint'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export interface NeedResult {
  need: Need;
  /** The spec's `METHOD /path` when it has the operation, else the need's with `{name}` parameters. */
  endpoint: string;
  status: NeedStatus;
  /** What the spec says, in a sentence: the values it accepts, or what it lacks. */
  detail: string;
}

/** Checks each need against the operation of its method and path shape; results in the order of the needs. */
export function checkNeeds(spec: LoadedSpec, needs: Need[], factsOf: (operation: OperationInfo) => EndpointFacts): NeedResult[] {
  const index = new OperationIndex(spec.doc);
  return needs.map((need) => {
    const [operation] = index.find(need.endpoint);
    if (!operation) {
      return { need, endpoint: endpointLabel(need.endpoint), status: 'no-endpoint', detail: `The spec has no ${endpointLabel(need.endpoint)}.` };
    }
    return { need, endpoint: operation.label, ...check(need, factsOf(operation), spec.doc.root) };
  });
}

/** True when a need at or above `failPriority` is unmet or has no endpoint. */
export function failsAt(results: NeedResult[], failPriority: Priority): boolean {
  const threshold = PRIORITIES.indexOf(failPriority);
  return results.some(({ need, status }) => PRIORITIES.indexOf(need.priority) <= threshold && (status === 'unmet' || status === 'no-endpoint'));
}

type Verdict = Pick<NeedResult, 'status' | 'detail'>;

function check(need: Need, facts: EndpointFacts, root: unknown): Verdict {
  const { capabilities } = facts;
  switch (need.kind) {
    case 'include':
      return byValues('include', need.name, capabilities.include, (value) => value);
    case 'order_by':
      // `-name` sorts descending: the key is the same.
      return byValues('order_by', need.name.replace(/^[-+]/, ''), capabilities.orderBy, (value) => value.replace(/^[-+]/, ''));
    case 'filter': {
      const filter = capabilities.filters.find(({ name }) => name === need.name);
      if (filter) return { status: 'met', detail: `Filter "${filter.name}" takes ${filter.list ? 'a list' : 'one value'} (${filter.type}).` };
      return { status: 'unmet', detail: `No filter "${need.name}"; filters: ${listed(capabilities.filters.map(({ name }) => name))}.` };
    }
    case 'link':
      if (capabilities.links === null) return { status: 'unknown', detail: 'The response does not describe a links object.' };
      if (capabilities.links === NOT_DECLARED) return { status: 'unknown', detail: 'The links object does not list its names.' };
      if (capabilities.links.includes(need.name)) return { status: 'met', detail: `The resource links "${need.name}".` };
      if (facts.linksOpen) return { status: 'unknown', detail: `"${need.name}" is not listed, but the links object allows other names.` };
      return { status: 'unmet', detail: `No link "${need.name}"${relationshipNote(need.name, capabilities.relationships)}; links: ${listed(capabilities.links)}.` };
    case 'field':
      return checkField(need.name, facts, root);
  }
}

/** A relationship of the wanted name gives the related resource's guid, not a link to it: worth saying. */
function relationshipNote(name: string, relationships: Values): string {
  return Array.isArray(relationships) && relationships.includes(name) ? ` (only a relationship "${name}": its guid, no href)` : '';
}

function byValues(parameter: string, wanted: string, accepted: Values, key: (value: string) => string): Verdict {
  if (accepted === null) return { status: 'unmet', detail: `Takes no ${parameter} parameter.` };
  if (accepted === NOT_DECLARED) return { status: 'unknown', detail: `${parameter} is a free string: the spec does not list its values.` };
  if (accepted.some((value) => key(value) === wanted)) return { status: 'met', detail: `${parameter} accepts "${wanted}".` };
  return { status: 'unmet', detail: `${parameter} accepts only ${listed(accepted)}.` };
}

/**
 * A field of the returned resource (`name`, `lifecycle.data.stack`), or of an included resource
 * through `fields[<path>]` (`space.organization.name` is `fields[space.organization]=name`).
 */
function checkField(name: string, facts: EndpointFacts, root: unknown): Verdict {
  if (facts.resourceSchema === undefined) return { status: 'unknown', detail: 'The response has no JSON schema.' };
  if (hasField(root, facts.resourceSchema, name.split('.'))) return { status: 'met', detail: `The resource has "${name}".` };
  const dot = name.lastIndexOf('.');
  if (dot > 0) {
    const bracket = `fields[${name.slice(0, dot)}]`;
    const field = name.slice(dot + 1);
    const offered = facts.capabilities.fields.find((entry) => entry.name === bracket) ?? facts.capabilities.fields.find((entry) => entry.name === 'fields[...]');
    if (offered?.values === NOT_DECLARED) return { status: 'unknown', detail: `${offered.name} takes field names the spec does not list.` };
    if (offered?.values.includes(field)) return { status: 'met', detail: `${bracket} accepts "${field}".` };
  }
  return { status: 'unmet', detail: `The resource has no field "${name}"${dot > 0 ? ` and no fields[${name.slice(0, dot)}] offers it` : ''}.` };
}

function hasField(root: unknown, schema: unknown, path: string[]): boolean {
  let node = schema;
  for (const key of path) {
    const properties = mergeSchema(root, node, true).properties;
    if (!properties.has(key)) return false;
    node = properties.get(key);
    // A list of objects: the field is on its items.
    const items = asObject(deref(root, node)).items;
    if (isObject(items)) node = items;
  }
  return true;
}

function listed(names: string[]): string {
  return names.length === 0 ? 'none' : names.join(', ');
}
