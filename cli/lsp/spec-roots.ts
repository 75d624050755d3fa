import * as fs from 'fs';
import * as path from 'path';

const OPENAPI_3_YAML = /^openapi[ \t]*:[ \t]*["']?3\.\d/m;
const OPENAPI_3_JSON = /"openapi"[ \t\r\n]*:[ \t\r\n]*"3\.\d/;

/** Whether a file's text is an OpenAPI 3.x document: it has a top-level `openapi: 3.x`. */
export function isOpenApi3(file: string, text: string): boolean {
  return (/\.json$/i.test(file) ? OPENAPI_3_JSON : OPENAPI_3_YAML).test(text);
}

/**
 * The spec roots of a workspace folder: the `capi.specs` setting (paths relative to the folder),
 * else every openapi.json and YAML file in the folder itself that is an OpenAPI 3.x document.
 */
export function specRoots(folder: string, configured: readonly string[] | undefined, read: (file: string) => string): string[] {
  if (configured && configured.length > 0) return configured.map((spec) => path.resolve(folder, spec));
  let names: string[];
  try {
    names = fs.readdirSync(folder).sort();
  } catch {
    return [];
  }
  return names
    .filter((name) => /\.ya?ml$/i.test(name) || name.toLowerCase() === 'openapi.json')
    .map((name) => path.join(folder, name))
    .filter((file) => {
      try {
        return fs.statSync(file).isFile() && isOpenApi3(file, read(file));
      } catch {
        return false;
      }
    });
}
