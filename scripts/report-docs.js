#!/usr/bin/env node
// Refreshes the generated parts of docs/official-spec-reports.md from the built capi-report, run on
// ../shared/capi-openapi: the coverage against ../shared/capi-docs/endpoints-3bbba90.txt and the
// Stratos needs (examples/needs/stratos.yaml). `--check` exits 1 when the page is out of date.
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const PAGE = path.join(ROOT, 'docs', 'official-spec-reports.md');
const SPEC = '../shared/capi-openapi/openapi.yaml';
const COMMANDS = {
  coverage: ['coverage', SPEC, '--endpoints', '../shared/capi-docs/endpoints-3bbba90.txt', '-f', 'markdown'],
  stratos: ['capabilities', SPEC, '--needs', 'examples/needs/stratos.yaml', '-f', 'markdown'],
};

/** The command's Markdown, headings one level down; for capabilities, the needs part only. */
async function section(name) {
  const { main } = require(path.join(ROOT, 'dist', 'capi-report.js'));
  let stdout = '';
  let stderr = '';
  const code = await main(COMMANDS[name], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: ROOT });
  if (code === 2) throw new Error(`capi-report ${COMMANDS[name].join(' ')}: ${stderr.trim()}`);
  const text = name === 'stratos' ? stdout.slice(stdout.indexOf('## Needs'), stdout.indexOf('## Endpoints')) : stdout;
  return `\`capi-report ${COMMANDS[name].join(' ')}\` (exit ${code}):\n\n${text.trim().replace(/^#/gm, '##')}`;
}

/** The page with each `<!-- report:NAME:start -->` ... `<!-- report:NAME:end -->` block regenerated. */
async function withSections(page) {
  let updated = page;
  for (const name of Object.keys(COMMANDS)) {
    const start = `<!-- report:${name}:start -->`;
    const end = `<!-- report:${name}:end -->`;
    const from = updated.indexOf(start);
    const to = updated.indexOf(end);
    if (from < 0 || to < from) throw new Error(`${PAGE} has no ${start} ... ${end} section`);
    updated = `${updated.slice(0, from + start.length)}\n${await section(name)}\n${updated.slice(to)}`;
  }
  return updated;
}

module.exports = { PAGE, withSections };

if (require.main === module) {
  const mode = process.argv[2];
  if (!['--write', '--check'].includes(mode)) {
    console.error('usage: report-docs.js --write|--check');
    process.exit(2);
  }
  const page = fs.readFileSync(PAGE, 'utf8');
  withSections(page).then((updated) => {
    if (mode === '--write') fs.writeFileSync(PAGE, updated);
    else if (updated !== page) {
      console.error(`${PAGE}: out of date; run npm run docs:reports`);
      process.exit(1);
    }
  });
}
