import * as fs from 'fs';
import * as path from 'path';
import { anchorsIn, codeLines, firstCellsOfTables, linksIn } from './support/markdown';
import { helpOptions, optionsInCells, parseArgsOptions, shown, usageText, type CliOption } from './support/cli-options';

const ROOT = path.resolve(__dirname, '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** README.md and every Markdown page under docs/, editors/ and examples/. */
function markdownFiles(): string[] {
  const found = ['README.md'];
  const visit = (folder: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, folder), { withFileTypes: true })) {
      const relative = path.join(folder, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') visit(relative);
      else if (entry.isFile() && entry.name.endsWith('.md')) found.push(relative);
    }
  };
  for (const folder of ['docs', 'editors', 'examples']) visit(folder);
  return found;
}

/** What is wrong with each relative link of `file`: a target that does not exist, or an anchor its page lacks. */
function brokenLinks(file: string): string[] {
  const problems: string[] = [];
  for (const { target, line } of linksIn(read(file))) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
    const [pathPart, anchor] = target.split('#');
    const resolved = pathPart === '' ? path.join(ROOT, file) : path.resolve(path.dirname(path.join(ROOT, file)), decodeURIComponent(pathPart));
    const where = `${file}:${line}: ${target}`;
    if (!fs.existsSync(resolved)) problems.push(`${where}: no such file`);
    else if (anchor !== undefined && resolved.endsWith('.md') && !anchorsIn(fs.readFileSync(resolved, 'utf8')).has(anchor)) {
      problems.push(`${where}: no heading with that anchor`);
    }
  }
  return problems;
}

const ARGS_SOURCE = read('cli/args.ts');

/** Every option capi-lint has: those it parses and those its help lists (`--lsp` is handled before parsing). */
function cliOptions(): CliOption[] {
  const byLong = new Map<string, CliOption>();
  for (const option of [...parseArgsOptions(ARGS_SOURCE), ...helpOptions(usageText(ARGS_SOURCE) ?? '')]) {
    byLong.set(option.long, { ...byLong.get(option.long), ...option });
  }
  return [...byLong.values()];
}

const OPTIONS_HEADER = 'Option';

describe('README and docs/', () => {
  it('keep the README a front door, under 200 lines', () => {
    expect(read('README.md').split('\n').length).toBeLessThan(200);
  });

  it.each(markdownFiles())('%s: every relative link names a file that exists, and an anchor its page has', (file) => {
    expect(brokenLinks(file)).toEqual([]);
  });

  it('find the links and anchors a page has, and only those', () => {
    const page = [
      '# capi-lint: the command',
      '## Options',
      '## Options',
      'See [the options](#options-1), [a file](docs/cli.md#options) and ![a picture](a.png "title").',
      '`[not a link](nowhere.md)`',
      '```md',
      '[nor this](nowhere.md)',
      '# not a heading',
      '```',
    ].join('\n');
    expect(linksIn(page).map((link) => link.target)).toEqual(['#options-1', 'docs/cli.md#options', 'a.png']);
    expect([...anchorsIn(page)]).toEqual(['capi-lint-the-command', 'options', 'options-1']);
  });
});

describe('capi-lint options in docs/cli.md', () => {
  const documented = optionsInCells(firstCellsOfTables(read('docs/cli.md'), OPTIONS_HEADER));

  it('reads the options cli/args.ts declares', () => {
    const longs = cliOptions().map((option) => option.long);
    // The options that every version of the command has had: if these are not found, the reader is broken.
    expect(longs).toEqual(expect.arrayContaining(['format', 'output', 'fail-severity', 'ruleset', 'quiet', 'baseline', 'help', 'lsp']));
    expect(cliOptions().find((option) => option.long === 'format')?.short).toBe('f');
  });

  it('documents every option the command has, with its short letter', () => {
    const missing = cliOptions()
      .filter((option) => !documented.some((each) => each.long === option.long && each.short === option.short))
      .map(shown);
    expect(missing).toEqual([]);
  });

  it('documents no option the command lacks', () => {
    const options = cliOptions();
    const unknown = markdownFiles()
      .flatMap((file) => optionsInCells(firstCellsOfTables(read(file), OPTIONS_HEADER)).map((option) => ({ file, option })))
      .filter(({ option }) => !options.some((each) => each.long === option.long && (option.short === undefined || each.short === option.short)))
      .map(({ file, option }) => `${file}: ${shown(option)}`);
    expect(unknown).toEqual([]);
  });

  it('lists in --help every option the command parses', () => {
    const help = helpOptions(usageText(ARGS_SOURCE) ?? '');
    const absent = parseArgsOptions(ARGS_SOURCE)
      .filter((option) => !help.some((each) => each.long === option.long && each.short === option.short))
      .map(shown);
    expect(absent).toEqual([]);
  });

  it('shows only options the command has in the capi-lint command lines of the README and docs/', () => {
    const options = cliOptions();
    const known = new Set(options.flatMap((option) => [`--${option.long}`, ...(option.short ? [`-${option.short}`] : [])]));
    const unknown = markdownFiles().flatMap((file) =>
      codeLines(read(file)).flatMap((line) => {
        const command = line.match(/\bcapi-lint(?:\.js)?\s(.*)$/)?.[1];
        if (command === undefined) return [];
        const args = command.split(/\s(?:#|\||>|&&|;)|\|\|/)[0];
        return [...args.matchAll(/(?:^|\s)(--?[A-Za-z][\w-]*)/g)].map((match) => match[1]).filter((flag) => !known.has(flag)).map((flag) => `${file}: ${flag} in "${line.trim()}"`);
      }),
    );
    expect(unknown).toEqual([]);
  });

  it('reads options from a table cell, a help line and a parseArgs call alike', () => {
    expect(optionsInCells(['`-f, --format FORMAT`', '`--write-baseline`, `--baseline FILE`'])).toEqual([
      { long: 'format', short: 'f' },
      { long: 'write-baseline' },
      { long: 'baseline' },
    ]);
    expect(helpOptions('Options:\n  -q, --quiet   quiet\n      --lsp     a server\n                --not-an-option continued')).toEqual([
      { long: 'quiet', short: 'q' },
      { long: 'lsp' },
    ]);
    const source = "parseArgs({ args, options: { fix: { type: 'boolean' }, 'fix-rule': { type: 'string', short: 'x', multiple: true } } });";
    expect(parseArgsOptions(source)).toEqual([{ long: 'fix' }, { long: 'fix-rule', short: 'x' }]);
  });
});
