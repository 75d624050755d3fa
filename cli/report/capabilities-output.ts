import * as path from 'path';
import { NOT_DECLARED, type Capabilities, type Filter, type Values } from './capabilities';
import { NEED_STATUSES, type NeedResult } from './needs';
import { PRIORITIES } from './needs-file';
import { markdownTable, plural } from './text';

export const CAPABILITIES_FORMATS = ['markdown', 'json'] as const;
export type CapabilitiesFormat = (typeof CAPABILITIES_FORMATS)[number];

interface Report {
  spec: string;
  endpoints: Capabilities[];
  /** Present when a needs file was given. */
  needs?: { file: string; results: NeedResult[] };
  cwd: string;
}

export function formatCapabilities(report: Report, format: CapabilitiesFormat): string {
  if (format === 'json') {
    const needs = report.needs?.results.map(({ need, endpoint, status, detail }) => ({ endpoint, kind: need.kind, name: need.name, priority: need.priority, status, detail }));
    return `${JSON.stringify({ ...(needs ? { needs } : {}), endpoints: report.endpoints }, null, 2)}\n`;
  }
  const relative = (file: string) => path.relative(report.cwd, file) || file;
  const parts = [`# Capabilities of ${relative(report.spec)}`];
  if (report.needs) parts.push(needsMarkdown(relative(report.needs.file), report.needs.results));
  parts.push(`## Endpoints (${report.endpoints.length} GET list and show endpoints)`);
  const groups = new Map<string, Capabilities[]>();
  for (const endpoint of report.endpoints) groups.set(endpoint.resource, [...(groups.get(endpoint.resource) ?? []), endpoint]);
  for (const [resource, endpoints] of groups) {
    parts.push(`### ${resource}`);
    for (const endpoint of endpoints) parts.push(`#### \`${endpoint.endpoint}\` (${endpoint.kind})\n\n${markdownTable(['Capability', 'Values'], rows(endpoint))}`);
  }
  return `${parts.join('\n\n')}\n`;
}

/** The counts by status, the high-priority needs not met, then every need in file order. */
export function needsMarkdown(file: string, results: NeedResult[]): string {
  const counts = NEED_STATUSES.map((status) => `${results.filter((result) => result.status === status).length} ${status}`).join(', ');
  const byPriority = PRIORITIES.map((priority) => {
    const failing = results.filter(({ need, status }) => need.priority === priority && (status === 'unmet' || status === 'no-endpoint'));
    return `${priority}: ${failing.length} of ${results.filter(({ need }) => need.priority === priority).length} not met`;
  }).join('; ');
  const table = markdownTable(
    ['Endpoint', 'Need', 'Priority', 'Status', 'Detail'],
    results.map(({ need, endpoint, status, detail }) => [`\`${endpoint}\``, `${need.kind} \`${need.name}\``, need.priority, `**${status}**`, detail]),
  );
  return `## Needs (${file})\n\n${plural(results.length, 'need')}: ${counts}. Unmet or without endpoint, by priority: ${byPriority}.\n\n${table}`;
}

function rows(endpoint: Capabilities): string[][] {
  const perPage = endpoint.perPage;
  return [
    ['include', values(endpoint.include)],
    ['order_by', endpoint.orderBy === NOT_DECLARED ? 'not declared (a free string: clients cannot know the sort keys)' : values(endpoint.orderBy)],
    ['filters', endpoint.filters.length === 0 ? 'none' : endpoint.filters.map(filter).join(', ')],
    ['label_selector', endpoint.labelSelector ? 'yes' : 'no'],
    ['fields', endpoint.fields.length === 0 ? 'none' : endpoint.fields.map(({ name, values: accepted }) => `\`${name}\`: ${values(accepted)}`).join('; ')],
    ['per_page', perPage === null ? 'none' : perPage.minimum === null && perPage.maximum === null ? 'bounds not declared' : `${perPage.minimum ?? '?'} to ${perPage.maximum ?? '?'}`],
    ['links', objectNames(endpoint.links)],
    ['relationships', objectNames(endpoint.relationships)],
  ];
}

function values(accepted: Values): string {
  if (accepted === null) return 'none';
  if (accepted === NOT_DECLARED) return NOT_DECLARED;
  return accepted.map((value) => `\`${value}\``).join(', ');
}

function filter({ name, type, list, values: accepted }: Filter): string {
  return `\`${name}\` (${list ? `list of ${type}` : type}${accepted ? `: ${accepted.join(', ')}` : ''})`;
}

function objectNames(names: Values): string {
  if (names === null) return 'not described';
  if (names === NOT_DECLARED) return 'not declared (an object that lists no names)';
  return names.join(', ');
}
