import * as path from 'path';
import type { JsonPath } from '../json';
import type { FileReader } from '../source-files';
import { toTextEdit, type Fix } from './edit';
import { FIXABILITY } from './registry';
import { nodesAlong, parseTextFile, type TextFile } from './text-tree';

/** What a fixer needs of a finding: its rule and where capi-lint located it (file and path in that file). */
export interface LocatedFinding {
  code: string | number;
  source?: string;
  path: JsonPath;
}

/** Each file's text tree, parsed once from the texts `read` gives (disk, or edited texts in memory). */
export class TextTrees {
  private readonly trees = new Map<string, TextFile | undefined>();

  /** `cache`: a reader's cache of parses (the language server keeps each file's parse until its text changes). */
  constructor(
    private readonly read: (file: string) => string,
    private readonly cache?: Pick<FileReader, 'parsed'>,
  ) {}

  get(file: string): TextFile | undefined {
    const absolute = path.resolve(file);
    if (!this.trees.has(absolute)) {
      let text: string | undefined;
      try {
        text = this.read(absolute);
      } catch {
        text = undefined;
      }
      this.trees.set(absolute, text === undefined ? undefined : this.cache ? cachedTree(absolute, text, this.cache) : parseTextFile(absolute, text));
    }
    return this.trees.get(absolute);
  }
}

/** The text tree of `text`, kept by `cache` and made from the parse a lint of that text makes (and keeps there too). */
function cachedTree(file: string, text: string, cache: Pick<FileReader, 'parsed'>): TextFile | undefined {
  return cache.parsed('fix-tree', file, text, () => parseTextFile(file, text, cache));
}

/** The fix or suggestion for `finding`, computed in the file where its node is written; undefined when there is none. */
export function fixFor(finding: LocatedFinding, trees: TextTrees): Fix | undefined {
  const entry = FIXABILITY[String(finding.code)];
  if (!entry || entry.kind === 'none' || !finding.source) return undefined;
  const tree = trees.get(finding.source);
  if (!tree) return undefined;
  let found;
  try {
    found = entry.fixer.fix(tree, nodesAlong(tree, finding.path));
  } catch (error) {
    // A fixer that trips on an odd document offers no fix; the finding itself is still reported.
    if (process.env.CAPI_RULESET_DEBUG) throw error;
    return undefined;
  }
  if (!found || found.edits.length === 0) return undefined;
  return { rule: String(finding.code), kind: entry.kind, title: found.title, edits: found.edits.map((edit) => toTextEdit(tree, edit)) };
}
