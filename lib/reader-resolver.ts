import type { Document, Source } from '@redocly/openapi-core';
import { BundleResolver } from './bundle-resolver';
import type { FileReader } from './source-files';

/**
 * Redocly's resolver over a FileReader that keeps parses (an editor's unsaved buffers): parses
 * each text once across bundles. Bundling rewrites `$ref`s in the parsed documents it is given,
 * so each bundle gets its own copy of the kept parse.
 */
export class ReaderResolver extends BundleResolver {
  constructor(reader: FileReader) {
    super(reader);
  }

  parseDocument(source: Source, isRoot = false): Document {
    const kept = this.reader.parsed(`redocly${isRoot ? '-root' : ''}`, source.absoluteRef, source.body, () => super.parseDocument(source, isRoot));
    return { source: kept.source, parsed: structuredClone(kept.parsed) };
  }
}
