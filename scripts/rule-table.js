#!/usr/bin/env node
// Prints the table of rules from the built ruleset; `--check FILE` exits 1 when FILE's table
// (between the rule-table markers) is out of date, `--write FILE` refreshes it. The table lives in
// docs/rules/README.md; its links to the rule pages are relative to the file it is written into.
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const RULE_PAGES = path.join(ROOT, 'docs', 'rules');
const START = '<!-- rule-table:start -->';
const END = '<!-- rule-table:end -->';

/** The table, its links relative to `folder` (default: docs/rules/, where the table lives). */
function ruleTable(folder = RULE_PAGES) {
  const { rules } = require(path.join(ROOT, 'dist', 'capi-rules.js'));
  const { FIXABILITY } = require(path.join(ROOT, 'dist', 'capi-lint.js'));
  const FIX = { fix: 'fixes', suggestion: 'suggests', none: '' };
  const pages = path.relative(folder, RULE_PAGES).split(path.sep).join('/');
  const fixPage = path.relative(folder, path.join(ROOT, 'docs', 'fix.md')).split(path.sep).join('/');
  const rows = Object.entries(rules).map(
    ([id, rule]) => `| [\`${id}\`](${pages ? `${pages}/` : ''}${id}.md) | ${rule.severity} | ${FIX[FIXABILITY[id].kind]} | ${rule.description} |`,
  );
  return [`| Rule | Severity | [Fix](${fixPage}) | What it checks |`, '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** `text` (the content of a file in `folder`) with its table between the markers refreshed. */
function withTable(text, folder = RULE_PAGES) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`no ${START} ... ${END} section`);
  return `${text.slice(0, start + START.length)}\n${ruleTable(folder)}\n${text.slice(end)}`;
}

module.exports = { ruleTable, withTable };

if (require.main === module) {
  const [mode, file] = process.argv.slice(2);
  if (!mode) {
    console.log(ruleTable());
  } else {
    if (!['--write', '--check'].includes(mode) || !file) {
      console.error('usage: rule-table.js [--write|--check docs/rules/README.md]');
      process.exit(2);
    }
    const text = fs.readFileSync(file, 'utf8');
    const updated = withTable(text, path.dirname(path.resolve(file)));
    if (mode === '--write') fs.writeFileSync(file, updated);
    else if (updated !== text) {
      console.error(`${file}: the rule table is out of date; run npm run docs:rules`);
      process.exit(1);
    }
  }
}
