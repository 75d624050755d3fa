import { InputError } from './input-error';
import { asArray, asObject, isObject } from './json';

/**
 * The longest key (path keys included) and server URL capi-lint lints. Spectral's own rules take
 * time quadratic in their length: path-keys-no-trailing-slash runs `.+\/$` on each path key,
 * oas3-server-variables `{(.+?)}` on each URL, each path-params finding re-encodes its whole key,
 * and Spectral runs its `{{...}}` template pattern over every message, which quotes keys (oas3-schema).
 * A 1 MB key would never finish; real ones are far shorter. (Keys are checked as the files are read.)
 */
export const MAX_KEY_LENGTH = 4096;
export const MAX_URL_LENGTH = 4096;

/** Refuses a bundled document with a server URL past MAX_URL_LENGTH; `where` names its file. */
export function checkServerUrls(document: unknown, where: (path: (string | number)[]) => string): void {
  const paths = asObject(asObject(document).paths);
  const servers: [(string | number)[], unknown][] = [[['servers'], asObject(document).servers]];
  for (const [key, item] of Object.entries(paths)) {
    servers.push([['paths', key, 'servers'], asObject(item).servers]);
    for (const [method, operation] of Object.entries(asObject(item))) servers.push([['paths', key, method, 'servers'], asObject(operation).servers]);
  }
  for (const [at, list] of servers) {
    asArray(list).forEach((server, index) => {
      const url = isObject(server) ? server.url : undefined;
      if (typeof url === 'string' && url.length > MAX_URL_LENGTH) throw tooLong('server URL', url, `${where([...at, index, 'url'])}:`, MAX_URL_LENGTH);
    });
  }
}

/** "<where> <what> "<start>…" is N characters long; ..." as one line. */
export function tooLong(what: string, text: string, where: string, limit: number): InputError {
  return new InputError(`${where} ${what} ${JSON.stringify(`${text.slice(0, 60)}…`)} is ${text.length} characters long; capi-lint lints up to ${limit}`);
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
