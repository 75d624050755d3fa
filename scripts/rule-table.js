#!/usr/bin/env node
// Prints the README's table of rules from the built ruleset; `--check README.md` exits 1 when the
// README's table (between the rule-table markers) is out of date, `--write README.md` refreshes it.
const fs = require('fs');
const path = require('path');

const START = '<!-- rule-table:start -->';
const END = '<!-- rule-table:end -->';

function ruleTable() {
  const { rules } = require(path.join(__dirname, '..', 'dist', 'capi-rules.js'));
  const { FIXABILITY } = require(path.join(__dirname, '..', 'dist', 'capi-lint.js'));
  const FIX = { fix: 'fixes', suggestion: 'suggests', none: '' };
  const rows = Object.entries(rules).map(
    ([id, rule]) => `| [\`${id}\`](docs/rules/${id}.md) | ${rule.severity} | ${FIX[FIXABILITY[id].kind]} | ${rule.description} |`,
  );
  return ['| Rule | Severity | [Fix](docs/fix.md) | What it checks |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function withTable(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README has no ${START} ... ${END} section`);
  return `${readme.slice(0, start + START.length)}\n${ruleTable()}\n${readme.slice(end)}`;
}

module.exports = { ruleTable, withTable };

if (require.main === module) {
  const [mode, file] = process.argv.slice(2);
  if (!mode) {
    console.log(ruleTable());
  } else {
    if (!['--write', '--check'].includes(mode) || !file) {
      console.error('usage: rule-table.js [--write|--check README.md]');
      process.exit(2);
    }
    const readme = fs.readFileSync(file, 'utf8');
    const updated = withTable(readme);
    if (mode === '--write') fs.writeFileSync(file, updated);
    else if (updated !== readme) {
      console.error(`${file}: the rule table is out of date; run npm run docs:rules`);
      process.exit(1);
    }
  }
}
