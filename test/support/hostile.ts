import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../harness';

export const CLI = path.join(ROOT, 'dist', 'capi-lint.js');

/** A small CAPI-like spec as an object, to break in one place per test. */
export function smallSpec(): any {
  return {
    openapi: '3.0.3',
    info: { title: 'Hostile input', version: '1.0.0' },
    paths: {
      '/v3/apps': {
        get: {
          summary: 'List apps',
          description: 'Lists apps.',
          parameters: [{ name: 'names', in: 'query', schema: { type: 'string' } }],
          responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/App' } } } } },
        },
      },
    },
    components: {
      schemas: {
        App: { type: 'object', description: 'An app.', properties: { guid: { type: 'string', format: 'uuid' }, name: { type: 'string' } } },
      },
    },
  };
}

/** Writes files (name -> text or object as JSON) into a fresh temporary folder; returns it. */
export function writeTree(files: Record<string, unknown>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-hostile-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return folder;
}

/**
 * capi-lint in a process of its own, killed after `seconds`: a hang-guard for input that could
 * block the event loop (a test timer cannot fire while a regular expression backtracks).
 */
export function runGuarded(args: string[], seconds = 90) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: seconds * 1000, maxBuffer: 1 << 28 });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}
