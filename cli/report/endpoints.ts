import { HTTP_METHODS, type Classification, type OperationInfo } from '../../lib/classify';

/** `GET /v3/apps/:guid` as written in an endpoints or needs file, with its parameter names kept. */
export interface Endpoint {
  method: string;
  /** The path with `:name` parameters written `{name}`. */
  path: string;
  /** Query parameter names of a documented line such as `POST /v3/droplets?source_guid=:guid`. */
  query: string[];
}

const PARAMETER = /\{[^/{}]*\}|:[A-Za-z_][A-Za-z0-9_-]*/g;
const METHODS: readonly string[] = HTTP_METHODS;

/**
 * `METHOD /path[?name=value&...]` -> Endpoint; undefined when the text is not of that form. Path
 * parameters may be written `:name` (names may contain "-") or `{name}`.
 */
export function parseEndpoint(text: string): Endpoint | undefined {
  const match = /^([A-Za-z]+)\s+(\/[^\s?]*)(?:\?(\S*))?$/.exec(text.trim());
  if (!match || !METHODS.includes(match[1].toLowerCase())) return undefined;
  const query = match[3] === undefined ? [] : match[3].split('&').map((pair) => pair.split('=', 1)[0]);
  if (query.some((name) => name === '')) return undefined;
  const path = match[2].replace(PARAMETER, (parameter) => (parameter.startsWith(':') ? `{${parameter.slice(1)}}` : parameter));
  return { method: match[1].toUpperCase(), path, query };
}

/** The path with parameter names blanked and no trailing slash: `/v3/apps/{guid}/` -> `/v3/apps/{}`. */
export function pathShape(path: string): string {
  const shape = path.replace(PARAMETER, '{}');
  return shape.length > 1 ? shape.replace(/\/+$/, '') : shape;
}

export function endpointLabel(endpoint: Pick<Endpoint, 'method' | 'path'>): string {
  return `${endpoint.method} ${endpoint.path}`;
}

/** The spec's operations by method and path shape: parameter names do not matter. */
export class OperationIndex {
  private readonly byShape = new Map<string, OperationInfo[]>();

  constructor(doc: Classification) {
    for (const operation of doc.operations) {
      const key = this.key(operation.method, operation.path);
      this.byShape.set(key, [...(this.byShape.get(key) ?? []), operation]);
    }
  }

  /** Every operation of that method and shape (a spec may spell one path twice, with different names). */
  find(endpoint: Pick<Endpoint, 'method' | 'path'>): OperationInfo[] {
    return this.byShape.get(this.key(endpoint.method, endpoint.path)) ?? [];
  }

  private key(method: string, path: string): string {
    return `${method.toUpperCase()} ${pathShape(path)}`;
  }
}
