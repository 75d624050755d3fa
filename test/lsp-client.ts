import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type ServerCapabilities,
  type Diagnostic,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './harness';
import { CAPI_OPENAPI } from './shared';

/** A temporary copy of the official multi-file tree (never the original: tests edit it). */
export function copyOfficialTree(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'capi-lsp-'));
  fs.cpSync(CAPI_OPENAPI, folder, { recursive: true });
  return folder;
}

export const uriOf = (file: string) => pathToFileURL(file).href;

/** An LSP client (vscode-languageserver-protocol) talking to the built server in a child process. */
export class LspClient {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly waiters: (() => void)[] = [];
  private readonly versions = new Map<string, number>();
  /** The methods the server registered for (client/registerCapability). */
  readonly registered: string[] = [];
  stderr = '';
  /** What the server logged (window/logMessage). */
  readonly logs: string[] = [];

  constructor(args = [path.join(ROOT, 'dist', 'capi-lsp.js')], env: Record<string, string> = {}) {
    this.process = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    this.process.stderr!.on('data', (chunk) => (this.stderr += chunk));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
      this.diagnostics.set(uri, diagnostics);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onNotification(LogMessageNotification.type, ({ message }) => {
      this.logs.push(message);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onRequest(RegistrationRequest.type, ({ registrations }) => {
      this.registered.push(...registrations.map((registration) => registration.method));
    });
    this.connection.listen();
  }

  /** Tells the server a file changed on disk (a watched file). */
  async changedOnDisk(file: string): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(file), type: FileChangeType.Changed }] });
  }

  /** What the server said it can do, in its answer to initialize. */
  serverCapabilities: ServerCapabilities = {};

  async initialize(folder: string, initializationOptions?: unknown, capabilities: ClientCapabilities = {}): Promise<void> {
    ({ capabilities: this.serverCapabilities } = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uriOf(folder),
      workspaceFolders: [{ uri: uriOf(folder), name: path.basename(folder) }],
      capabilities,
      initializationOptions,
    }));
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  async open(file: string, text = fs.readFileSync(file, 'utf8')): Promise<void> {
    this.versions.set(file, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: uriOf(file), languageId: 'yaml', version: 1, text },
    });
  }

  /** Replaces the whole unsaved buffer. */
  async change(file: string, text: string): Promise<void> {
    const version = (this.versions.get(file) ?? 1) + 1;
    this.versions.set(file, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: uriOf(file), version },
      contentChanges: [{ text }],
    });
  }

  /** Tells the server the buffer was saved. */
  async save(file: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: uriOf(file) } });
  }

  /** Forgets what was published for `file`, so that the next wait sees only newer diagnostics. */
  forget(file: string): void {
    this.diagnostics.delete(uriOf(file));
  }

  /** The latest diagnostics of `file` once they satisfy `until` (default: any were published). */
  async diagnosticsOf(file: string, until: (diagnostics: Diagnostic[]) => boolean = () => true, timeoutMs = 90_000): Promise<Diagnostic[]> {
    return this.waitFor(() => {
      const latest = this.diagnostics.get(uriOf(file));
      return latest && until(latest) ? latest : undefined;
    }, () => `no matching diagnostics for ${file}; latest: ${JSON.stringify(this.diagnostics.get(uriOf(file)))}`, timeoutMs);
  }

  /** The first message the server logged that matches `pattern`, once it has. */
  async logged(pattern: RegExp, timeoutMs = 90_000): Promise<string> {
    return this.waitFor(() => this.logs.find((message) => pattern.test(message)), () => `nothing logged matches ${pattern}; logs: ${JSON.stringify(this.logs)}`, timeoutMs);
  }

  /** `found()` once it is defined, woken by every notification from the server. */
  private async waitFor<T>(found: () => T | undefined, missing: () => string, timeoutMs: number): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = found();
      if (value !== undefined) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${missing()} within ${timeoutMs} ms; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }

  /** shutdown, exit; resolves to the server's exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    if (this.process.exitCode === null) this.process.kill();
    this.connection.dispose();
  }
}
