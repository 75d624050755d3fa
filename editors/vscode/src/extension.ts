import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { serverModule } from './server-module';

const SECTION = 'capi';
let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

/** Starts capi-lsp for the workspace; restarts it when the workspace becomes trusted. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('capi-lint');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('capi.restartServer', () => restart(context)),
    // A trusted workspace may load its own ruleset (and its own @capi/ruleset): start again with it.
    vscode.workspace.onDidGrantWorkspaceTrust(() => restart(context)),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const trusted = vscode.workspace.isTrusted;
  const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath);
  const server = serverModule(context.extensionPath, folders, trusted);
  output!.appendLine(`capi-lint: starting ${server.module} (${server.from === 'workspace' ? "the workspace's @capi/ruleset" : 'bundled with the extension'})`);
  const serverOptions: ServerOptions = {
    run: { module: server.module, transport: TransportKind.stdio },
    debug: { module: server.module, transport: TransportKind.stdio },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', language: 'json' },
    ],
    // The server asks for the `capi` settings (workspace/configuration) at start and when they change.
    initializationOptions: { workspaceTrusted: trusted },
    synchronize: { configurationSection: SECTION },
    outputChannel: output,
  };
  client = new LanguageClient('capi-lint', 'capi-lint', serverOptions, clientOptions);
  await client.start();
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  await stop();
  await start(context);
}
