import * as path from 'path';
import { Ruleset, Spectral, type ISpectralDiagnostic, type ParsedDocument } from '@stoplight/spectral-core';
import { bundleSpec } from '../lib/bundle';
import { isInternalFailure } from '../lib/document-function';
import { DiagnosticSeverity } from '../lib/severity';
import { localRefResolver } from '../lib/local-refs';
import type { FileReader } from '../lib/source-files';
import { locateFinding, type SourceLocation } from '../lib/source-map';
import { loadRuleset } from './ruleset';
import { enterPhase } from './time-limit';
import { withBundlePath } from './finding-node';

/** What Spectral takes as an already-parsed document (its IParsedResult, exported only as this). */
type IParsedResult = ConstructorParameters<typeof ParsedDocument>[0];

export interface LintOptions {
  /**
   * A ruleset file or installed package name, or a ruleset already loaded (by a long-lived caller);
   * default: `.spectral.*` in `cwd`, else @capi/ruleset.
   */
  ruleset?: string | Ruleset;
  /** Where relative paths and the default `.spectral.*` are looked up; default: process.cwd(). */
  cwd?: string;
  /** Where the spec's files are read from; default: disk, each file read and parsed afresh. */
  files?: FileReader;
  /** Stops the lint before Spectral runs (with the signal's reason) once aborted. */
  signal?: AbortSignal;
  /** Told what is being done (bundling, linting), for a progress line. */
  onProgress?: (step: string) => void;
}

export interface LintOutcome {
  /** Spectral results, each at its source file (`source`), `range` and `path` inside that file. */
  results: ISpectralDiagnostic[];
  ruleset: Ruleset;
  /** Every local file of the spec: the root and the files it reaches through `$ref`s. */
  files: string[];
}

/**
 * Lints a single- or multi-file OpenAPI 3.x spec: bundles it, runs Spectral on the bundle, and
 * reports every finding where it is written in the original files. Throws InputError on bad input.
 */
export async function lint(spec: string, options: LintOptions = {}): Promise<LintOutcome> {
  const cwd = options.cwd ?? process.cwd();
  const root = path.resolve(cwd, spec);
  enterPhase('reading and bundling the spec');
  options.onProgress?.(`bundling ${spec}`);
  const [ruleset, bundle] = await Promise.all([
    options.ruleset instanceof Ruleset ? options.ruleset : loadRuleset(options.ruleset, cwd),
    bundleSpec(root, options.files),
  ]);
  options.signal?.throwIfAborted();
  const { sources, hoisted } = bundle;
  const spectral = new Spectral({ resolver: localRefResolver() });
  // Overrides match files and pointers of the original tree, so they apply after mapping.
  spectral.setRuleset(withoutOverrides(ruleset));
  enterPhase('running the rules');
  const paths = Object.keys((bundle.document as any)?.paths ?? {}).length;
  options.onProgress?.(`linting ${spec} (${paths} ${paths === 1 ? 'path' : 'paths'})`);
  // Spectral must see a value JSON cannot carry (YAML's `.nan`, a `!!binary`) as JSON would have it.
  const data = bundle.jsonSafe ? bundle.document : JSON.parse(JSON.stringify(bundle.document));
  const bundled = await spectral.run(parsedDocument(data, root));
  enterPhase('mapping findings to their source files');
  const overrides = new OverrideSeverity(ruleset);
  // One finding per rule, place and message: of the findings the bundle makes one through several
  // uses of a shared component, the one at the first bundle path (in Spectral's order) is kept.
  const results = new Map<string, Placed>();
  for (const result of bundled) {
    const location = locateFinding(sources, root, hoisted.treePath(result.path), ruleset.rules[String(result.code)]?.resolved === false);
    const severity = overrides.at(result, location);
    if (severity === -1) continue;
    // A rule that could not check the document fails the run whatever the rule's own severity.
    const mapped = withBundlePath({ ...result, source: location.file, path: location.path, range: location.range, severity: isInternalFailure(result) ? DiagnosticSeverity.Error : severity }, result.path);
    const placed = { result: mapped, bundlePath: result.path.join(), made: result.range.start.line };
    const key = JSON.stringify([mapped.code, mapped.source, mapped.path, mapped.message]);
    const kept = results.get(key);
    if (!kept || placed.bundlePath.localeCompare(kept.bundlePath) < 0) results.set(key, placed);
  }
  enterPhase('writing the report');
  return { results: [...results.values()].sort(bySourcePosition).map((placed) => placed.result), ruleset, files: bundle.files };
}

/** A finding at its source, with where it was in the bundle and when Spectral made it. */
interface Placed {
  result: ISpectralDiagnostic;
  bundlePath: string;
  made: number;
}

/**
 * The bundle as a document Spectral has already parsed: every finding is mapped to its source
 * by locateFinding(), so Spectral needs no positions in the bundle. Each finding's range is
 * instead the count of findings made before it: Spectral sorts its findings by range first, so they
 * stay in the order they were made, and it never compares two by rule name and path with
 * `localeCompare`, which grows to a tenth of the lint of a large spec.
 */
function parsedDocument(data: unknown, source: string): IParsedResult {
  const parsed = { data, diagnostics: [], ast: null, lineMap: null } as unknown as IParsedResult['parsed'];
  let made = 0;
  const getLocationForJsonPath = () => {
    const at = { line: made++, character: 0 };
    return { range: { start: at, end: at } };
  };
  return { parsed, source, getLocationForJsonPath } as unknown as IParsedResult;
}

function withoutOverrides(ruleset: Ruleset): Ruleset {
  if (ruleset.overrides === null) return ruleset;
  const { overrides: _, ...definition } = ruleset.definition as any;
  return new Ruleset(definition, { severity: 'recommended', source: ruleset.source ?? undefined });
}

/**
 * The severity Spectral would give a finding in its source file: file overrides, then pointer
 * overrides, per original file. -1 means off.
 */
class OverrideSeverity {
  private readonly perFile = new Map<string, Ruleset>();

  constructor(private readonly ruleset: Ruleset) {}

  at(result: ISpectralDiagnostic, location: SourceLocation): number {
    if (this.ruleset.overrides === null) return result.severity;
    let fileRuleset = this.perFile.get(location.file);
    if (!fileRuleset) {
      fileRuleset = this.ruleset.fromSource(location.file);
      this.perFile.set(location.file, fileRuleset);
    }
    const rule = fileRuleset.rules[String(result.code)];
    if (!rule) return result.severity;
    return rule.enabled ? rule.getSeverityForSource(location.file, location.path) : -1;
  }
}

function bySourcePosition({ result: a, bundlePath: aBundlePath, made: aMade }: Placed, { result: b, bundlePath: bBundlePath, made: bMade }: Placed): number {
  return (
    String(a.source).localeCompare(String(b.source)) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    String(a.code).localeCompare(String(b.code)) ||
    a.path.join('/').localeCompare(b.path.join('/')) ||
    aBundlePath.localeCompare(bBundlePath) ||
    aMade - bMade
  );
}
