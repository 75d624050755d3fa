import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';

/**
 * A minimal fake of VS Code's `vscode` module, for the tests only: just enough for the real
 * vscode-languageclient to start a server over stdio, open documents and hand it settings, and to
 * record the diagnostics it publishes. VS Code itself is not run. What the client library touches
 * but these tests do not use (providers, notebooks, tabs, ...) is a stub: any name this module
 * does not define is a class that does nothing, so that the library's classes that extend VS Code's
 * load.
 */

type Listener<T> = (value: T) => unknown;

export class Disposable {
  constructor(private readonly callOnDispose: () => unknown = () => {}) {}
  static from(...disposables: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => disposables.forEach((each) => each.dispose()));
  }
  dispose(): void {
    this.callOnDispose();
  }
}

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => (this.listeners = this.listeners.filter((each) => each !== listener)));
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly fsPath: string,
    private readonly text: string,
  ) {}
  static file(file: string): Uri {
    return new Uri('file', file, pathToFileURL(file).href);
  }
  static parse(text: string): Uri {
    const scheme = text.slice(0, text.indexOf(':'));
    return new Uri(scheme, scheme === 'file' ? fileURLToPath(text) : '', text);
  }
  get path(): string {
    return this.scheme === 'file' ? pathToFileURL(this.fsPath).pathname : this.text.slice(this.scheme.length + 1);
  }
  toString(): string {
    return this.text;
  }
  toJSON(): string {
    return this.text;
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(startLine: number | Position, startCharacter: number | Position, endLine?: number, endCharacter?: number) {
    if (startLine instanceof Position && startCharacter instanceof Position) {
      this.start = startLine;
      this.end = startCharacter;
    } else {
      this.start = new Position(startLine as number, startCharacter as number);
      this.end = new Position(endLine!, endCharacter!);
    }
  }
}

export enum DiagnosticSeverity {
  Error = 0,
  Warning = 1,
  Information = 2,
  Hint = 3,
}

export class Diagnostic {
  code?: string | number | { value: string | number; target: Uri };
  source?: string;
  tags?: number[];
  relatedInformation?: unknown[];
  constructor(
    readonly range: Range,
    readonly message: string,
    readonly severity: DiagnosticSeverity = DiagnosticSeverity.Error,
  ) {}
}

export class CancellationTokenSource {
  private cancelled = new EventEmitter<void>();
  private isCancelled = false;
  readonly token = {
    isCancellationRequested: false,
    onCancellationRequested: this.cancelled.event,
  };
  cancel(): void {
    if (this.isCancelled) return;
    this.isCancelled = true;
    this.token.isCancellationRequested = true;
    this.cancelled.fire();
  }
  dispose(): void {
    this.cancelled.dispose();
  }
}

export class CancellationError extends Error {}

/** A document as VS Code hands it to the client: a file with its text. */
export class TextDocument {
  readonly uri: Uri;
  readonly version = 1;
  readonly isClosed = false;
  readonly isUntitled = false;
  constructor(
    readonly fileName: string,
    readonly languageId: string,
    private readonly text = fs.readFileSync(fileName, 'utf8'),
  ) {
    this.uri = Uri.file(fileName);
  }
  getText(): string {
    return this.text;
  }
  get lineCount(): number {
    return this.text.split('\n').length;
  }
}

/** The diagnostics the client published, by URI, and a way to wait for them. */
export class DiagnosticCollections {
  readonly byUri = new Map<string, Diagnostic[]>();
  private waiters: (() => void)[] = [];

  create(name: string) {
    const set = (uri: Uri | [Uri, Diagnostic[]][], diagnostics?: Diagnostic[]) => {
      const entries: [Uri, Diagnostic[] | undefined][] = Array.isArray(uri) ? uri : [[uri, diagnostics]];
      for (const [each, found] of entries) this.byUri.set(each.toString(), found ?? []);
      for (const wake of this.waiters.splice(0)) wake();
    };
    return {
      name,
      set,
      delete: (uri: Uri) => this.byUri.delete(uri.toString()),
      clear: () => this.byUri.clear(),
      get: (uri: Uri) => this.byUri.get(uri.toString()),
      has: (uri: Uri) => this.byUri.has(uri.toString()),
      forEach: (callback: (uri: Uri, diagnostics: Diagnostic[]) => void) => this.byUri.forEach((found, uri) => callback(Uri.parse(uri), found)),
      dispose: () => {},
    };
  }

  /** The latest diagnostics of `file` once they satisfy `until` (default: some were published), within `timeoutMs`. */
  async of(file: string, until: (diagnostics: Diagnostic[]) => boolean = () => true, timeoutMs = 90_000): Promise<Diagnostic[]> {
    const uri = Uri.file(file).toString();
    const deadline = Date.now() + timeoutMs;
    while (!(this.byUri.has(uri) && until(this.byUri.get(uri)!))) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${file} within ${timeoutMs} ms; latest: ${JSON.stringify(this.byUri.get(uri))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
    return this.byUri.get(uri)!;
  }
}

/** Any name the fake does not define: a class that does nothing, whose members are stubs too. */
function stub(name: string): any {
  const Stub = class {};
  Object.defineProperty(Stub, 'name', { value: name });
  return new Proxy(Stub, { get: (target, key) => (key in target ? (target as any)[key] : key === 'then' ? undefined : stub(`${name}.${String(key)}`)) });
}

/** A namespace (`workspace`, `window`, ...) whose events and registrations the fake does not define do nothing. */
function namespace<T extends object>(defined: T): T {
  return new Proxy(defined, {
    get: (target, key) => {
      if (key in target) return (target as any)[key];
      const name = String(key);
      if (/^on(Did|Will)/.test(name)) return () => new Disposable();
      if (/^register/.test(name)) return () => new Disposable();
      if (/^show/.test(name)) return async () => undefined;
      return undefined;
    },
  });
}

export interface FakeWorkspace {
  folder: string;
  trusted: boolean;
  /** The settings, by section: `{ capi: { specs: [...] } }`. */
  settings: Record<string, Record<string, unknown>>;
  /** The documents open when the extension starts. */
  documents: TextDocument[];
}

/** The fake `vscode` module for a workspace, with what the extension and the client did to it. */

/** VS Code's CodeActionKind: a dotted name the client builds from the server's kinds (`quickfix`, `source.fixAll.capi`). */
class CodeActionKind {
  static readonly Empty = new CodeActionKind('');
  static readonly QuickFix = new CodeActionKind('quickfix');
  static readonly Refactor = new CodeActionKind('refactor');
  static readonly RefactorExtract = new CodeActionKind('refactor.extract');
  static readonly RefactorInline = new CodeActionKind('refactor.inline');
  static readonly RefactorRewrite = new CodeActionKind('refactor.rewrite');
  static readonly Source = new CodeActionKind('source');
  static readonly SourceOrganizeImports = new CodeActionKind('source.organizeImports');
  static readonly SourceFixAll = new CodeActionKind('source.fixAll');

  constructor(readonly value: string) {}

  append(part: string): CodeActionKind {
    return new CodeActionKind(this.value ? `${this.value}.${part}` : part);
  }

  contains(other: CodeActionKind): boolean {
    return this.value === '' || other.value === this.value || other.value.startsWith(`${this.value}.`);
  }

  intersects(other: CodeActionKind): boolean {
    return this.contains(other) || other.contains(this);
  }
}

export function fakeVscode(workspace: FakeWorkspace) {
  const diagnostics = new DiagnosticCollections();
  const output: string[] = [];
  const opened = new EventEmitter<TextDocument>();
  const folder = { uri: Uri.file(workspace.folder), name: path.basename(workspace.folder), index: 0 };
  /** The settings read through `workspace.getConfiguration`, as `section.key`. */
  const settingsRead: string[] = [];
  const configuration = (section?: string) => {
    const values: Record<string, unknown> = section === undefined ? workspace.settings : (workspace.settings[section] ?? {});
    const get = (key: string, fallback?: unknown) => (settingsRead.push(section === undefined ? key : `${section}.${key}`), values[key] ?? fallback);
    return { ...values, get, has: (key: string) => key in values, inspect: () => undefined, update: async () => {} };
  };
  const channel = (name: string) => ({
    name,
    append: (text: string) => output.push(text),
    appendLine: (text: string) => output.push(text),
    replace: (text: string) => output.push(text),
    clear: () => {},
    show: () => {},
    hide: () => {},
    dispose: () => {},
  });
  const module = {
    version: '1.82.0',
    Disposable,
    EventEmitter,
    CodeActionKind,
    Uri,
    Position,
    Range,
    Diagnostic,
    DiagnosticSeverity,
    CancellationTokenSource,
    CancellationError,
    workspace: namespace({
      workspaceFolders: [folder],
      get isTrusted() {
        return workspace.trusted;
      },
      textDocuments: workspace.documents,
      notebookDocuments: [],
      getConfiguration: configuration,
      getWorkspaceFolder: (uri: Uri) => (uri.fsPath.startsWith(workspace.folder) ? folder : undefined),
      onDidOpenTextDocument: opened.event,
      createFileSystemWatcher: () => ({ onDidCreate: () => new Disposable(), onDidChange: () => new Disposable(), onDidDelete: () => new Disposable(), dispose: () => {} }),
    }),
    window: namespace({
      createOutputChannel: channel,
      activeTextEditor: undefined,
      visibleTextEditors: [],
      tabGroups: { all: [], onDidChangeTabs: () => new Disposable(), onDidChangeTabGroups: () => new Disposable() },
    }),
    languages: namespace({
      createDiagnosticCollection: (name: string) => diagnostics.create(name),
      // The server offers code actions (quick fixes): the client registers a provider for them.
      registerCodeActionsProvider: () => new Disposable(),
      match: (selector: unknown, document: TextDocument) => {
        const filters = (Array.isArray(selector) ? selector : [selector]) as ({ scheme?: string; language?: string } | string)[];
        return filters.some((filter) => (typeof filter === 'string' ? filter === document.languageId : (!filter.language || filter.language === document.languageId) && (!filter.scheme || filter.scheme === document.uri.scheme))) ? 10 : 0;
      },
    }),
    commands: namespace({ registerCommand: () => new Disposable(), executeCommand: async () => undefined }),
    env: namespace({ appName: 'fake vscode (tests)', language: 'en', machineId: 'test', sessionId: 'test', openExternal: async () => true }),
    extensions: namespace({ all: [], getExtension: () => undefined }),
  };
  const vscode = new Proxy(module, { get: (target, key) => (key in target ? (target as any)[key] : key === '__esModule' ? false : stub(String(key))) });
  return { vscode, diagnostics, output, opened, settingsRead };
}
