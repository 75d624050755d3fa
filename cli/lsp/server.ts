import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import {
  CodeActionKind,
  createConnection,
  type CodeAction,
  type CodeActionParams,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isObject } from '../../lib/json';
import { DEFAULT_BASELINE } from '../baseline-file';
import { PublishedDiagnostics, type FileDiagnostics } from './diagnostics';
import { LintQueue } from './lint-queue';
import { FIX_ALL, fixAll, quickFixes, type FileFixes } from './code-actions';
import { whyNotWritable } from '../../lib/fix/atomic-write';
import { LintThread } from './lint-thread';
import { readSettings, type Settings } from './settings';
import { isOpenApi3, specRoots } from './spec-roots';
import { WorkspaceFiles } from './workspace-files';

/** A spec root and the files it reached through `$ref`s when it was last linted. */
interface SpecTree {
  root: string;
  /** The workspace folder: where its `.spectral.*` and `.capi-lint-baseline.yaml` are looked up. */
  folder: string;
  files: Set<string>;
  linted: boolean;
}

const SPECTRAL_RULESET = /^\.spectral\.(ya?ml|json|js|mjs|cjs)$/;

/** The capi-lint language server over stdio (`capi-lint --lsp`, `capi-lsp`). Exits when the client says exit. */
export function startServer(): void {
  new CapiLanguageServer(createConnection(ProposedFeatures.all, process.stdin, process.stdout)).listen();
}

export class CapiLanguageServer {
  private readonly documents = new TextDocuments(TextDocument);
  /** Each file's URI as the client spells it, for the files it opened. */
  private readonly uris = new Map<string, string>();
  private readonly files = new WorkspaceFiles((file) => this.documents.get(this.uriOf(file))?.getText());
  private readonly published = new PublishedDiagnostics();
  private readonly trees = new Map<string, SpecTree>();
  /** Each tree's fixes and suggestions from its last lint, for code actions. */
  private readonly fixes = new Map<string, FileFixes>();
  /** Files the user touched since their trees' last lint: sent even if their diagnostics did not change. */
  private readonly touched = new Set<string>();
  private readonly queue = new LintQueue<SpecTree>(
    () => this.settings.debounceMs,
    (tree, signal) => this.lintTree(tree, signal),
  );
  private readonly linter = new LintThread({
    buffers: () => this.openBuffers(),
    log: (message) => this.connection.console.error(message),
    output: (text) => this.connection.console.log(text.trimEnd()),
    trusted: () => this.trusted,
  });
  private folders: string[] = [];
  private settings: Settings = readSettings(undefined);
  private initializationSettings: unknown;
  private canPullSettings = false;
  private canWatchFiles = false;
  /** `initializationOptions.workspaceTrusted: false`: the client (VS Code's workspace trust) does not trust the workspace. */
  private trusted = true;

  constructor(private readonly connection: Connection) {}

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => {
      // Files changed outside the editor (a checkout, a generator) re-lint their trees too.
      if (this.canWatchFiles) {
        connection.client
          .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml,json}' }] })
          .catch((error) => connection.console.warn(`capi-lint: cannot watch files (${error?.message ?? error})`));
      }
      void this.reconfigure();
    });
    connection.onDidChangeWatchedFiles(({ changes }) => {
      for (const { uri } of changes) {
        if (!this.documents.get(uri)) this.changed(uri, true);
      }
    });
    connection.onDidChangeConfiguration(({ settings }) => this.reconfigure(settings));
    connection.onCodeAction((params) => this.codeActions(params));
    connection.onShutdown(() => {
      this.queue.stop();
      this.linter.stop();
    });
    documents.onDidOpen(({ document }) => {
      const file = fileOf(document.uri);
      if (file) this.uris.set(file, document.uri);
    });
    documents.onDidChangeContent(({ document }) => this.changed(document.uri, false));
    documents.onDidSave(({ document }) => this.changed(document.uri, true));
    documents.onDidClose(({ document }) => this.changed(document.uri, false));
    // Whatever goes wrong, the server keeps serving and says what went wrong.
    process.on('uncaughtException', (error) => connection.console.error(`capi-lint: ${error?.stack ?? error}`));
    process.on('unhandledRejection', (error: any) => connection.console.error(`capi-lint: ${error?.stack ?? error}`));
    documents.listen(connection);
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const folders = params.workspaceFolders?.map((folder) => fileOf(folder.uri)) ?? [params.rootUri ? fileOf(params.rootUri) : params.rootPath];
    this.folders = folders.filter((folder): folder is string => typeof folder === 'string');
    this.initializationSettings = params.initializationOptions;
    this.trusted = (params.initializationOptions as { workspaceTrusted?: unknown } | undefined)?.workspaceTrusted !== false;
    this.canPullSettings = params.capabilities.workspace?.configuration === true;
    this.canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL] },
      },
      serverInfo: { name: 'capi-lint', version: require('../../package.json').version },
    };
  }

  /** Reads the settings (pushed, pulled, else from initializationOptions), finds the spec roots and lints every tree. */
  private async reconfigure(pushed?: unknown): Promise<void> {
    let source = pushed ?? this.initializationSettings;
    if (this.canPullSettings) {
      try {
        // The editor's settings win over initializationOptions key by key (an editor answers {} for none).
        const [pulled] = await this.connection.workspace.getConfiguration([{ section: 'capi' }]);
        const initial = (source as { capi?: unknown } | undefined)?.capi;
        if (isObject(pulled)) source = { capi: { ...(isObject(initial) ? initial : {}), ...pulled } };
      } catch (error: any) {
        this.connection.console.warn(`capi-lint: cannot read the "capi" settings (${error?.message ?? error})`);
      }
    }
    this.settings = readSettings(source, (warning) => this.connection.console.warn(`capi-lint: ${warning}`));
    const roots = new Map<string, string>();
    for (const folder of this.folders) {
      for (const root of specRoots(folder, this.settings.specs, (file) => this.files.read(file))) roots.set(root, folder);
    }
    for (const root of this.trees.keys()) {
      if (!roots.has(root)) this.forget(root);
    }
    for (const [root, folder] of roots) this.treeOf(root, folder);
    for (const tree of this.trees.values()) this.queue.touch(tree);
  }

  private changed(uri: string, saved: boolean): void {
    const file = fileOf(uri);
    if (!file) return;
    // The ruleset and the baseline are read from disk: they count once saved.
    if (SPECTRAL_RULESET.test(path.basename(file)) || path.basename(file) === DEFAULT_BASELINE) {
      if (!saved) return;
      this.linter.reload();
      for (const tree of this.trees.values()) this.queue.touch(tree);
      return;
    }
    const owners = [...this.trees.values()].filter((tree) => !tree.linted || tree.files.has(file));
    // A spec that no root reaches (a single-file spec anywhere in the workspace) is a tree of its own.
    const text = this.documents.get(uri)?.getText();
    if (!owners.some((tree) => tree.files.has(file)) && text !== undefined && isOpenApi3(file, text)) {
      owners.push(this.treeOf(file, this.folderOf(file)));
    }
    if (owners.length > 0) this.touched.add(file);
    for (const tree of owners) this.queue.touch(tree);
  }

  private async lintTree(tree: SpecTree, signal: AbortSignal): Promise<(() => void) | undefined> {
    const started = Date.now();
    const { found, files, superseded, reused, fixes } = await this.linter.lint(tree.root, tree.folder, signal, this.settings.timeLimitSeconds, this.lastTouched(tree));
    if (superseded) return undefined;
    this.connection.console.log(reused ? `capi-lint: ${tree.root}: no file of it changed since its last lint, its findings stand` : `capi-lint: linted ${tree.root} in ${Date.now() - started} ms`);
    // A lint that failed: the tree's files are those of its last good lint, and the file at fault.
    return () => {
      if (this.trees.get(tree.root) === tree) this.fixes.set(tree.root, fixes ?? new Map());
      this.publish(tree, found, files ?? [...tree.files, ...found.keys()]);
    };
  }

  /**
   * A quick fix for each diagnostic of the request that has a fix or suggestion, and the action
   * that applies every safe fix of the trees the file belongs to (when asked for, or when the
   * request does not say which kinds it wants).
   */
  private codeActions(params: CodeActionParams): CodeAction[] {
    const file = fileOf(params.textDocument.uri);
    if (!file) return [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
    const trees = [...this.trees.values()].filter((tree) => tree.files.has(file));
    const treeFixes = trees.map((tree) => this.fixes.get(tree.root) ?? (new Map() as FileFixes));
    const actions: CodeAction[] = wants(CodeActionKind.QuickFix)
      ? quickFixes(params.context.diagnostics, treeFixes.flatMap((fixes) => fixes.get(file) ?? []), (target) => this.uriOf(target))
      : [];
    if (wants(FIX_ALL)) {
      // As --fix: only files in the root spec's folder and below, none read-only.
      const all = trees.flatMap((tree, index) =>
        [...treeFixes[index].values()].flat().map(([, fix]) => fix).filter((fix) => fix.edits.every((edit) => !whyNotWritable(edit.file, path.dirname(tree.root)))),
      );
      const action = fixAll(all, (target) => this.files.read(target), (target) => this.uriOf(target));
      if (action) actions.push(action);
    }
    return actions;
  }

  /** The file of the tree the user changed last (where a lint stopped at its time limit is shown), else its root. */
  private lastTouched(tree: SpecTree): string {
    return [...this.touched].reverse().find((file) => tree.files.has(file)) ?? tree.root;
  }

  /** The open documents' texts, by file. */
  private openBuffers(): Map<string, string> {
    const buffers = new Map<string, string>();
    for (const document of this.documents.all()) {
      const file = fileOf(document.uri);
      if (file) buffers.set(file, document.getText());
    }
    return buffers;
  }

  private publish(tree: SpecTree, found: FileDiagnostics, files: Iterable<string>): void {
    if (this.trees.get(tree.root) !== tree) return;
    tree.files = new Set(files);
    tree.linted = true;
    const touched = [...this.touched].filter((file) => tree.files.has(file));
    for (const file of touched) this.touched.delete(file);
    for (const [file, diagnostics] of this.published.update(tree.root, found, touched)) {
      void this.connection.sendDiagnostics({ uri: this.uriOf(file), diagnostics });
    }
  }

  private treeOf(root: string, folder: string): SpecTree {
    let tree = this.trees.get(root);
    if (!tree) {
      tree = { root, folder, files: new Set([root]), linted: false };
      this.trees.set(root, tree);
    }
    return tree;
  }

  /** A tree that is no longer a root: its diagnostics are withdrawn. */
  private forget(root: string): void {
    this.trees.delete(root);
    this.fixes.delete(root);
    for (const [file, diagnostics] of this.published.update(root, new Map())) {
      void this.connection.sendDiagnostics({ uri: this.uriOf(file), diagnostics });
    }
  }

  private folderOf(file: string): string {
    const inside = this.folders.filter((folder) => !path.relative(folder, file).startsWith('..'));
    return inside.sort((a, b) => b.length - a.length)[0] ?? path.dirname(file);
  }

  private uriOf(file: string): string {
    return this.uris.get(file) ?? pathToFileURL(file).href;
  }
}

function fileOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
