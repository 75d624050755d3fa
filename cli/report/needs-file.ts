import { InputError } from '../../lib/input-error';
import { isObject, type JsonPath } from '../../lib/json';
import { rangeIn, SourceFiles } from '../../lib/source-files';
import { clip } from './endpoints-file';
import { parseEndpoint, type Endpoint } from './endpoints';

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const NEED_KINDS = ['include', 'order_by', 'filter', 'link', 'field'] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

export interface Need {
  endpoint: Endpoint;
  kind: NeedKind;
  name: string;
  priority: Priority;
  why?: string;
}

const KEYS = ['endpoint', ...NEED_KINDS, 'priority', 'why'];

/**
 * Reads a needs file (YAML or JSON): `needs:` a list of `{ endpoint: METHOD PATH, <kind>: name,
 * priority, why? }` with exactly one kind. Anything else is an InputError naming the file, line and
 * entry (`needs[3]`), so a typo never passes as "no need".
 */
export function readNeedsFile(file: string): Need[] {
  const source = new SourceFiles().get(file);
  const at = (path: JsonPath) => {
    const line = rangeIn(source, path)?.start.line;
    return line === undefined ? file : `${file}:${line + 1}`;
  };
  const data = source.parsed.data;
  if (!isObject(data) || !Array.isArray(data.needs)) throw new InputError(`${at([])}: expected a "needs:" list of needs`);
  return data.needs.map((entry, index) => {
    const fail = (problem: string): never => {
      throw new InputError(`${at(['needs', index])}: needs[${index}]: ${problem}`);
    };
    return readNeed(entry, fail);
  });
}

function readNeed(entry: unknown, fail: (problem: string) => never): Need {
  if (!isObject(entry)) return fail(`expected a mapping with endpoint, one of ${NEED_KINDS.join(', ')}, and priority`);
  const unknown = Object.keys(entry).filter((key) => !KEYS.includes(key));
  if (unknown.length > 0) fail(`unknown key "${unknown[0]}" (allowed: ${KEYS.join(', ')})`);
  const endpoint = typeof entry.endpoint === 'string' ? parseEndpoint(entry.endpoint) : undefined;
  if (!endpoint || endpoint.query.length > 0) {
    fail(`endpoint must be "METHOD /path" without a query string (e.g. "GET /v3/apps/{guid}"), got ${clip(JSON.stringify(entry.endpoint) ?? 'nothing')}`);
  }
  const kinds = NEED_KINDS.filter((kind) => kind in entry);
  if (kinds.length !== 1) fail(`${kinds.length === 0 ? 'names no need' : `gives ${kinds.join(' and ')}`}: give exactly one of ${NEED_KINDS.join(', ')}`);
  const [kind] = kinds;
  const name = entry[kind];
  if (typeof name !== 'string' || name.trim() === '') fail(`${kind} must be a non-empty string, got ${clip(JSON.stringify(name) ?? 'nothing')}`);
  if (!PRIORITIES.includes(entry.priority as Priority)) fail(`priority must be one of ${PRIORITIES.join(', ')}, got ${JSON.stringify(entry.priority) ?? 'nothing'}`);
  if (entry.why !== undefined && typeof entry.why !== 'string') fail('why must be a string');
  return { endpoint: endpoint!, kind, name: (name as string).trim(), priority: entry.priority as Priority, ...(entry.why !== undefined ? { why: entry.why as string } : {}) };
}
