import { InputError } from '../../lib/input-error';
import { read } from '../../lib/source-files';
import { parseEndpoint, pathShape, type Endpoint } from './endpoints';

export interface DocumentedEndpoint extends Endpoint {
  /** 1-based line in the file. */
  line: number;
}

/**
 * Reads a list of documented endpoints: one `METHOD PATH` a line, `#` starts a comment, blank lines
 * are skipped. A line of another form is an InputError naming the file and line; so is a file
 * without endpoints. A line repeated (same method, path shape and query names) counts once.
 */
export function readEndpointsFile(file: string): DocumentedEndpoint[] {
  const seen = new Set<string>();
  const endpoints: DocumentedEndpoint[] = [];
  read(file)
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const text = raw.replace(/(^|\s)#.*$/, '').trim();
      if (text === '') return;
      const endpoint = parseEndpoint(text);
      if (!endpoint) throw new InputError(`${file}:${index + 1}: expected "METHOD /path" (e.g. "GET /v3/apps/:guid"), got "${clip(text)}"`);
      const key = `${endpoint.method} ${pathShape(endpoint.path)}?${[...endpoint.query].sort().join('&')}`;
      if (seen.has(key)) return;
      seen.add(key);
      endpoints.push({ ...endpoint, line: index + 1 });
    });
  if (endpoints.length === 0) throw new InputError(`${file}: no endpoints in it (expected one "METHOD /path" a line)`);
  return endpoints;
}

/** A long line cut for a one-line message. */
export function clip(text: string, length = 80): string {
  return text.length > length ? `${text.slice(0, length)}...` : text;
}
