/** A line of a diff: kept (' '), removed ('-') or added ('+'). */
type Line = { op: ' ' | '-' | '+'; text: string };

const CONTEXT = 3;

/**
 * The unified diff (as `diff -u` writes it, 3 lines of context) from `before` to `after`, under the
 * names `a/<name>` and `b/<name>`; '' when they are equal. Lines are compared by Myers' algorithm,
 * which is quick for the few changed lines a fix makes.
 */
export function unifiedDiff(name: string, before: string, after: string): string {
  if (before === after) return '';
  const lines = diffLines(splitLines(before), splitLines(after));
  const hunks: string[] = [];
  let index = 0;
  while (index < lines.length) {
    const change = lines.findIndex((line, at) => at >= index && line.op !== ' ');
    if (change === -1) break;
    const start = Math.max(index, change - CONTEXT);
    let end = change;
    // A hunk runs on while the next change is within twice the context.
    for (let at = change; at < lines.length; at++) {
      if (lines[at].op !== ' ') end = at;
      else if (at - end > 2 * CONTEXT) break;
    }
    end = Math.min(lines.length, end + CONTEXT + 1);
    hunks.push(hunk(lines, start, end));
    index = end;
  }
  return `--- a/${name}\n+++ b/${name}\n${hunks.join('')}`;
}

function hunk(lines: Line[], start: number, end: number): string {
  const oldStart = lines.slice(0, start).filter((line) => line.op !== '+').length;
  const newStart = lines.slice(0, start).filter((line) => line.op !== '-').length;
  const body = lines.slice(start, end);
  const oldCount = body.filter((line) => line.op !== '+').length;
  const newCount = body.filter((line) => line.op !== '-').length;
  const range = (from: number, count: number) => `${count === 0 ? from : from + 1}${count === 1 ? '' : `,${count}`}`;
  const text = body.map((line) => (line.text.endsWith(NO_NEWLINE) ? `${line.op}${line.text.slice(0, -1)}\n\\ No newline at end of file\n` : `${line.op}${line.text}\n`)).join('');
  return `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n${text}`;
}

/** Marks a last line without a line break, so that it differs from the same line with one. */
const NO_NEWLINE = '\u0000';

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else lines[lines.length - 1] += NO_NEWLINE;
  return lines;
}

/** The shortest edit script from `a` to `b` (Myers, 1986), as kept, removed and added lines in order. */
function diffLines(a: string[], b: string[]): Line[] {
  const max = a.length + b.length;
  const offset = max + 1;
  let v: Int32Array = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) x++, y++;
      v[offset + k] = x;
      if (x >= a.length && y >= b.length) {
        found = true;
        break;
      }
    }
  }
  trace.push(v);
  const lines: Line[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 2; d > 0 && (x > 0 || y > 0); d--) {
    v = trace[d];
    const k = x - y;
    const previousK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
    const previousX = v[offset + previousK];
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) lines.push({ op: ' ', text: a[--x] }), y--;
    if (x === previousX) lines.push({ op: '+', text: b[--y] });
    else lines.push({ op: '-', text: a[--x] });
  }
  while (x > 0 && y > 0) lines.push({ op: ' ', text: a[--x] }), y--;
  while (x > 0) lines.push({ op: '-', text: a[--x] });
  while (y > 0) lines.push({ op: '+', text: b[--y] });
  return lines.reverse();
}
