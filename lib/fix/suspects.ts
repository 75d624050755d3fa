import * as path from 'path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { safeDecode } from '../json';
import { spanOf, type Fix, type TextEdit } from './edit';
import type { TextTrees } from './fixes-for';
import { nodesAlong, type TextFile, type TextNode } from './text-tree';

/**
 * The fixes of a pass that can have caused the findings it added: for each new finding, those
 * that edit inside the nearest node around it (the finding's own node, then its parents; the
 * file's root only when the finding is at it) or in a file that node reaches through `$ref`s
 * (an example is checked against the schema its media type names); failing that, all of them.
 */
export function suspects(chosen: Fix[], added: ISpectralDiagnostic[], trees: TextTrees): { fix: Fix; finding?: ISpectralDiagnostic }[] {
  const blamed = new Map<Fix, ISpectralDiagnostic>();
  for (const finding of added) {
    const file = String(finding.source);
    const tree = trees.get(file);
    const chain = tree ? nodesAlong(tree, finding.path) : [];
    let matching: Fix[] = [];
    for (let index = chain.length - 1; index >= Math.min(1, chain.length - 1) && matching.length === 0; index--) {
      const around = chain[index].node;
      const reached = reachedFrom(refsIn(around, file).slice(1), trees);
      matching = chosen.filter((fix) => fix.edits.some((edit) => reached.has(edit.file) || (edit.file === file && within(tree!, edit, around))));
    }
    for (const fix of matching.length ? matching : chosen) if (!blamed.has(fix)) blamed.set(fix, finding);
  }
  return [...blamed].map(([fix, finding]) => ({ fix, finding }));
}

function within(tree: TextFile, edit: TextEdit, node: TextNode): boolean {
  const starts = tree.lineStarts;
  const span = spanOf(tree.text, starts, edit);
  return span.start >= node.start && span.end <= Math.max(node.end, lineEndOf(tree.text, node.end));
}

function lineEndOf(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline;
}

/** The local files the `$ref`s inside `node` (of `file`) name. */
function refsIn(node: TextNode, file: string): string[] {
  const files: string[] = [file];
  const walk = (current: TextNode | undefined): void => {
    if (!current) return;
    for (const pair of current.pairs) {
      const target = pair.value?.value;
      if (pair.key === '$ref' && typeof target === 'string' && !/^(#|[a-z][a-z0-9+.-]*:)/i.test(target)) {
        files.push(path.resolve(path.dirname(file), safeDecode(target.split('#')[0], decodeURI)));
      } else walk(pair.value);
    }
    current.items.forEach(walk);
  };
  walk(node);
  return files;
}


/** The local files `files` reach through `$ref`s, themselves included. */
function reachedFrom(files: string[], trees: TextTrees): Set<string> {
  const reached = new Set<string>();
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (reached.has(file)) continue;
    reached.add(file);
    const root = trees.get(file)?.root;
    if (root) queue.push(...refsIn(root, file));
  }
  return reached;
}

