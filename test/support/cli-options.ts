import * as ts from 'typescript';

/** A command-line option: `--long`, and its one-letter `-short` when it has one. */
export interface CliOption {
  long: string;
  short?: string;
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

function nameOf(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

function property(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const each of object.properties) {
    if (ts.isPropertyAssignment(each) && nameOf(each.name) === name) return each.initializer;
  }
  return undefined;
}

/** The options a source file declares to `parseArgs({ options: { ... } })`, with their `short` letters. */
export function parseArgsOptions(source: string): CliOption[] {
  const file = ts.createSourceFile('args.ts', source, ts.ScriptTarget.Latest, true);
  const options: CliOption[] = [];
  walk(file, (node) => {
    if (!ts.isCallExpression(node) || node.expression.getText(file) !== 'parseArgs') return;
    const config = node.arguments[0];
    const declared = config && ts.isObjectLiteralExpression(config) ? property(config, 'options') : undefined;
    if (!declared || !ts.isObjectLiteralExpression(declared)) return;
    for (const each of declared.properties) {
      const long = each.name && nameOf(each.name);
      if (!long || !ts.isPropertyAssignment(each) || !ts.isObjectLiteralExpression(each.initializer)) continue;
      const short = property(each.initializer, 'short');
      options.push({ long, ...(short && ts.isStringLiteral(short) ? { short: short.text } : {}) });
    }
  });
  return options;
}

/** The text of a source file's exported template or string `USAGE` (placeholders left as `${...}`). */
export function usageText(source: string): string | undefined {
  const file = ts.createSourceFile('args.ts', source, ts.ScriptTarget.Latest, true);
  let text: string | undefined;
  walk(file, (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(file) === 'USAGE' && node.initializer) {
      const raw = node.initializer.getText(file);
      text = raw.slice(1, -1);
    }
  });
  return text;
}

/** The options a help text lists, one a line: `  -f, --format FORMAT  ...` or `      --lsp  ...`. */
export function helpOptions(help: string): CliOption[] {
  return help.split('\n').flatMap((line) => {
    const match = line.match(/^\s{2,6}(?:-(\w),\s+)?--([a-z][\w-]*)/);
    return match ? [{ long: match[2], ...(match[1] ? { short: match[1] } : {}) }] : [];
  });
}

/** The options named in table cells such as `` `-f, --format FORMAT` `` or `` `--write-baseline`, `--baseline FILE` ``. */
export function optionsInCells(cells: string[]): CliOption[] {
  return cells.flatMap((cell) =>
    [...cell.matchAll(/(?:`|,\s*)(?:-(\w),\s+)?--([a-z][\w-]*)/g)].map((match) => ({ long: match[2], ...(match[1] ? { short: match[1] } : {}) })),
  );
}

/** `--long` or `-s, --long`, for messages. */
export function shown(option: CliOption): string {
  return option.short ? `-${option.short}, --${option.long}` : `--${option.long}`;
}
