#!/usr/bin/env node
// Prints the table of the exported functions (@capi/ruleset/functions) from the built package:
// each function, the rules that use it and its options with their descriptions. `--write FILE`
// refreshes the table between the function-table markers of FILE (docs/functions.md).
const fs = require('fs');
const path = require('path');

const START = '<!-- function-table:start -->';
const END = '<!-- function-table:end -->';
const DIST = path.join(__dirname, '..', 'dist');

function functionTable() {
  const functions = require(path.join(DIST, 'functions.js'));
  const { rules } = require(path.join(DIST, 'capi-rules.js'));
  const rows = Object.entries(functions).map(([name, fn]) => {
    const users = Object.entries(rules)
      .filter(([, rule]) => rule.then.function === fn)
      .map(([id, rule]) => `[\`${id}\`](rules/${id}.md)${rule.then.functionOptions ? ` \`${JSON.stringify(rule.then.functionOptions)}\`` : ''}`);
    const options = fn.schemas.options ? Object.entries(fn.schemas.options.properties).map(([option, schema]) => `\`${option}\`: ${schema.description}`) : ['none'];
    return `| \`${name}\` | ${options.join('<br>')} | ${users.join('<br>')} |`;
  });
  return ['| Function | Options (all required) | Used by (with its options) |', '| --- | --- | --- |', ...rows].join('\n');
}

function withTable(text) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`no ${START} ... ${END} section`);
  return `${text.slice(0, start + START.length)}\n${functionTable()}\n${text.slice(end)}`;
}

module.exports = { functionTable, withTable };

if (require.main === module) {
  const [mode, file] = process.argv.slice(2);
  if (!mode) console.log(functionTable());
  else if (mode === '--write' && file) fs.writeFileSync(file, withTable(fs.readFileSync(file, 'utf8')));
  else {
    console.error('usage: function-table.js [--write docs/functions.md]');
    process.exit(2);
  }
}
