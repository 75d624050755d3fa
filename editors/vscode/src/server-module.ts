import * as fs from 'fs';
import * as path from 'path';

/** Which capi-lsp the extension starts, and why (for the output channel). */
export interface ServerModule {
  module: string;
  from: 'workspace' | 'extension';
}

/** The server a workspace installs with `npm install --save-dev @capi/ruleset`. */
export const WORKSPACE_SERVER = path.join('node_modules', '@capi', 'ruleset', 'dist', 'capi-lsp.js');
/** The server bundled into the extension (scripts/package-vscode.js), which needs nothing else. */
export const BUNDLED_SERVER = path.join('server', 'capi-lsp.js');

/**
 * The workspace's own `@capi/ruleset` when it has one and the workspace is trusted (the same
 * version, rules and `.spectral.*` support as its `capi-lint` and CI), else the bundled server.
 * Code from an untrusted workspace is never run.
 */
export function serverModule(extensionPath: string, folders: readonly string[], trusted: boolean): ServerModule {
  if (trusted) {
    for (const folder of folders) {
      const installed = path.join(folder, WORKSPACE_SERVER);
      if (fs.existsSync(installed)) return { module: installed, from: 'workspace' };
    }
  }
  return { module: path.join(extensionPath, BUNDLED_SERVER), from: 'extension' };
}
