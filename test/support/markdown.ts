/** What the docs test reads in a Markdown file: its links, its headings' anchors, its tables and code blocks. */

export interface Link {
  target: string;
  line: number;
}

/** The lines of `text` outside fenced code blocks, with inline code spans blanked out; `null` inside a fence. */
function proseLines(text: string): (string | null)[] {
  let fence: string | undefined;
  return text.split('\n').map((line) => {
    const marker = line.match(/^\s*(```+|~~~+)/)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return null;
    }
    if (fence !== undefined) return null;
    return line.replace(/(`+)(?:(?!\1).)+\1/g, (span) => ' '.repeat(span.length));
  });
}

/** Every inline link `[text](target)` and image outside code, with its line (1-based). */
export function linksIn(text: string): Link[] {
  const links: Link[] = [];
  proseLines(text).forEach((line, index) => {
    if (line === null) return;
    for (const match of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ target: match[1], line: index + 1 });
  });
  return links;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  const plain = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .trim()
    .toLowerCase();
  return plain.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** The anchors a file's headings give, a repeated one suffixed -1, -2, ... as GitHub does. */
export function anchorsIn(text: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  const lines = text.split('\n');
  proseLines(text).forEach((line, index) => {
    const heading = line === null ? undefined : lines[index].match(/^#{1,6}\s+(.*?)\s*#*\s*$/)?.[1];
    if (heading === undefined) return;
    const base = slug(heading);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  });
  return anchors;
}

/** The first cells of the rows of every table whose header's first cell is `header`. */
export function firstCellsOfTables(text: string, header: string): string[] {
  const cells: string[] = [];
  let inTable = false;
  for (const line of text.split('\n')) {
    if (!line.trim().startsWith('|')) {
      inTable = false;
      continue;
    }
    const first = line.trim().replace(/^\|/, '').split(/(?<!\\)\|/)[0].trim();
    if (!inTable) {
      inTable = first === header;
      continue;
    }
    if (/^:?-+:?$/.test(first)) continue;
    cells.push(first);
  }
  return cells;
}

/** The lines inside fenced code blocks. */
export function codeLines(text: string): string[] {
  const lines = text.split('\n');
  return proseLines(text).flatMap((line, index) => (line === null && !/^\s*(```|~~~)/.test(lines[index]) ? [lines[index]] : []));
}
