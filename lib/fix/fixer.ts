import type { FixKind, OffsetEdit } from './edit';
import type { Step, TextFile, TextNode } from './text-tree';

/**
 * Computes the change for one finding from the file it is written in. `chain` is the nodes from
 * the file's root down to the finding's node. A fixer never reads the finding's message and does
 * not rely on its exact path: it walks up the chain to the nearest node of the kind it edits and
 * re-derives the change from that node. Undefined: nothing this fixer can change there.
 */
export interface Fixer {
  kind: FixKind;
  /** What the fix does, in one line: the docs' "Fix" section and the editor's action title. */
  summary: string;
  /**
   * Rules whose findings this fix can add away from its node (requiring a property can make an
   * example of the schema invalid, and examples are written elsewhere): `--fix` runs them alone
   * on the fixed tree before the whole lint, so such a fix is dropped without a second whole lint.
   */
  checkFirst?: string[];
  fix(tree: TextFile, chain: Step[]): { title: string; edits: OffsetEdit[] } | undefined;
}

/** The nearest node of the chain, from its end up, that `matches`. */
export function nearest(chain: Step[], matches: (node: TextNode, index: number) => boolean): { node: TextNode; index: number } | undefined {
  for (let index = chain.length - 1; index >= 0; index--) {
    if (matches(chain[index].node, index)) return { node: chain[index].node, index };
  }
  return undefined;
}
