import { InputError } from './input-error';
import { asArray, asObject, isObject } from './json';

/**
 * The longest path key and server URL capi-lint lints. Spectral's own rules take time quadratic in
 * their length (path-keys-no-trailing-slash runs `.+\/$` on each key, oas3-server-variables
 * `{(.+?)}` on each URL, and each path-params finding re-encodes its whole key), so a 1 MB key
 * would never finish; real ones are far shorter.
 */
export const MAX_URL_LENGTH = 4096;

/** Refuses a bundled document with a path key or server URL past MAX_URL_LENGTH; `where` names its file. */
export function checkUrlLengths(document: unknown, where: (path: (string | number)[]) => string): void {
  const paths = asObject(asObject(document).paths);
  const servers: [(string | number)[], unknown][] = [[['servers'], asObject(document).servers]];
  for (const [key, item] of Object.entries(paths)) {
    if (key.length > MAX_URL_LENGTH) throw tooLong('path key', key, where(['paths']));
    servers.push([['paths', key, 'servers'], asObject(item).servers]);
    for (const [method, operation] of Object.entries(asObject(item))) servers.push([['paths', key, method, 'servers'], asObject(operation).servers]);
  }
  for (const [at, list] of servers) {
    asArray(list).forEach((server, index) => {
      const url = isObject(server) ? server.url : undefined;
      if (typeof url === 'string' && url.length > MAX_URL_LENGTH) throw tooLong('server URL', url, where([...at, index, 'url']));
    });
  }
}

function tooLong(what: string, text: string, file: string): InputError {
  return new InputError(`${file}: ${what} ${JSON.stringify(`${text.slice(0, 60)}…`)} is ${text.length} characters long; capi-lint lints up to ${MAX_URL_LENGTH}`);
}

/** The longest finding message handed to Spectral, which runs its `{{...}}` template regex over it (quadratic on a run of `{`). */
export const MAX_MESSAGE_LENGTH = 1000;

/** A message that quotes a huge name keeps its start and end, with the middle cut. */
export function shortenMessage<T extends { message: string }>(finding: T): T {
  const { message } = finding;
  if (message.length <= MAX_MESSAGE_LENGTH) return finding;
  const half = MAX_MESSAGE_LENGTH / 2;
  return { ...finding, message: `${message.slice(0, half)} … ${message.slice(-half)}` };
}
