import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');

/**
 * The source folders from the ground up: a file may import its own folder and the folders below
 * it, never one above. The ruleset's assembly (`ruleset.ts`, `full-ruleset.ts` at the root) sits
 * on `rules/`; the commands sit on everything.
 */
const LAYERS: Record<string, string[]> = {
  lib: ['lib'],
  functions: ['functions', 'lib'],
  rules: ['rules', 'functions', 'lib'],
  '(root)': ['(root)', 'rules', 'functions', 'lib'],
  cli: ['cli', '(root)', 'rules', 'functions', 'lib'],
};

function sourceFiles(folder: string): string[] {
  const dir = path.join(ROOT, folder === '(root)' ? '' : folder);
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return folder === '(root)' ? [] : sourceFiles(path.join(folder, entry.name));
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.config.ts') ? [path.join(dir, entry.name)] : [];
  });
}

function layerOf(file: string): string {
  const relative = path.relative(ROOT, file);
  return relative.includes(path.sep) ? relative.split(path.sep)[0] : '(root)';
}

/** The relative modules a file imports, `import ... from`, `require(...)` or `import(...)`. */
function relativeImports(text: string): string[] {
  const found = [...text.matchAll(/(?:\bfrom\s+|\brequire\(\s*|\bimport\(\s*)'(\.{1,2}\/[^']*)'/g)].map((match) => match[1]);
  return [...new Set(found)];
}

describe('source layout', () => {
  it.each(Object.keys(LAYERS))('%s imports only from its own folder and the folders below it', (folder) => {
    const files = sourceFiles(folder === '(root)' ? '(root)' : folder);
    expect(files.length).toBeGreaterThan(0);
    const upward = files.flatMap((file) =>
      relativeImports(fs.readFileSync(file, 'utf8'))
        .map((target) => ({ target, layer: layerOf(path.resolve(path.dirname(file), target)) }))
        .filter(({ layer }) => !LAYERS[folder].includes(layer))
        .map(({ target, layer }) => `${path.relative(ROOT, file)} imports ${target} (${layer})`),
    );
    expect(upward).toEqual([]);
  });

  it('reads every form of relative import a source file uses', () => {
    const text = [
      "import mediaExample from '../functions/mediaExample';",
      "import type { Rule } from './rule';",
      "const { fullRuleset } = require('../full-ruleset') as typeof import('../full-ruleset');",
      "import { oas } from '@stoplight/spectral-rulesets';",
    ].join('\n');
    expect(relativeImports(text)).toEqual(['../functions/mediaExample', './rule', '../full-ruleset']);
    expect(layerOf(path.resolve(ROOT, 'lib', '../functions/mediaExample'))).toBe('functions');
    expect(LAYERS.lib).not.toContain('functions');
  });
});
