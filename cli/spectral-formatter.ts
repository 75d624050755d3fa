import * as fs from 'fs';
import * as path from 'path';

/**
 * One of Spectral's formatters, loaded alone: the package's index loads all eleven (SARIF's
 * builder among them) for every run. The files are a private path of @stoplight/spectral-formatters
 * (its exports name only the index); when they move, the index is the fallback and
 * test/cli.test.ts fails by name.
 */
export function spectralFormatter(file: string, exportName: string): (...args: any[]) => string {
  const alone = formatterFile(file);
  const module = fs.existsSync(alone) ? require(alone) : require('@stoplight/spectral-formatters');
  return module[exportName];
}

/** dist/<file>.js beside the package's Node entry. */
export function formatterFile(file: string): string {
  return path.join(path.dirname(require.resolve('@stoplight/spectral-formatters')), `${file}.js`);
}
