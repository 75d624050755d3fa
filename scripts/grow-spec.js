#!/usr/bin/env node
// Grows the official multi-file CAPI spec N times for the benchmark's scale series: copy k of
// every path file and schema file serves renamed resources (/v3/apps -> /v3/k2apps, listApps ->
// listApps_k2, App.yaml -> App_k2.yaml) and the root lists the copied paths. Shared parameters,
// responses and request bodies stay shared, as in a spec that grows by resources.
// Usage: node scripts/grow-spec.js FACTOR OUT_DIR  (writes OUT_DIR/openapi.yaml; never commit it)
const fs = require('fs');
const path = require('path');

const SOURCE = path.resolve(__dirname, '..', '..', 'shared', 'capi-openapi');

function growSpec(factor, outDir, source = SOURCE) {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.cpSync(source, outDir, { recursive: true });
  const root = fs.readFileSync(path.join(source, 'openapi.yaml'), 'utf8');
  const pathsAt = root.search(/^paths:\n/m);
  if (pathsAt === -1 || /^\S/m.test(root.slice(pathsAt + 'paths:\n'.length))) {
    throw new Error('expected `paths:` to be the last section of openapi.yaml');
  }
  const pathEntries = [...root.slice(pathsAt).matchAll(/^ {2}(\/v3\/.*):\n {4}\$ref: (.*)\n/gm)];
  let grown = root.endsWith('\n') ? root : `${root}\n`;
  for (let copy = 2; copy <= factor; copy++) {
    const rename = renamer(copy);
    for (const folder of ['paths', path.join('components', 'schemas')]) {
      for (const file of fs.readdirSync(path.join(source, folder))) {
        const text = fs.readFileSync(path.join(source, folder, file), 'utf8');
        fs.writeFileSync(path.join(outDir, folder, rename.file(file)), rename.text(text));
      }
    }
    grown += pathEntries.map((entry) => rename.text(`  ${entry[1]}:\n    $ref: ${entry[2]}\n`)).join('');
  }
  fs.writeFileSync(path.join(outDir, 'openapi.yaml'), grown);
  return path.join(outDir, 'openapi.yaml');
}

function renamer(copy) {
  const suffix = `_k${copy}`;
  const file = (name) => name.replace(/\.yaml$/, `${suffix}.yaml`);
  const text = (yaml) =>
    yaml
      .replace(/\/v3\//g, `/v3/k${copy}`)
      .replace(/~1v3~1/g, `~1v3~1k${copy}`)
      .replace(/(operationId: *)(\S+)/g, `$1$2${suffix}`)
      .replace(/(\.\/paths\/|\.\.\/components\/schemas\/|\.\.\/schemas\/|\.\/)(\w+)\.yaml/g, (_, folder, name) => `${folder}${file(`${name}.yaml`)}`);
  return { file, text };
}

module.exports = { growSpec };

if (require.main === module) {
  const [factor, outDir] = process.argv.slice(2);
  if (!Number(factor) || !outDir) {
    console.error('usage: node scripts/grow-spec.js FACTOR OUT_DIR');
    process.exit(2);
  }
  console.log(growSpec(Number(factor), path.resolve(outDir)));
}
