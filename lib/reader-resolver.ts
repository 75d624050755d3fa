import { isAbsoluteUrl, ResolveError, Source, type Document } from '@redocly/openapi-core';
import { BundleResolver } from './bundle-resolver';
import type { FileReader } from './source-files';

/**
 * Redocly's resolver reading local files through a FileReader (an editor's unsaved buffers) and
 * parsing each text once. Bundling rewrites `$ref`s in the parsed documents it is given, so each
 * bundle gets its own copy of the kept parse.
 */
export class ReaderResolver extends BundleResolver {
  constructor(private readonly reader: FileReader) {
    super();
  }

  async loadExternalRef(absoluteRef: string): Promise<Source> {
    if (isAbsoluteUrl(absoluteRef)) return super.loadExternalRef(absoluteRef);
    try {
      // As BaseResolver does: Windows line ends would shift its positions.
      return new Source(absoluteRef, this.reader.read(absoluteRef).replace(/\r\n/g, '\n'));
    } catch (error: any) {
      throw new ResolveError(error);
    }
  }

  parseDocument(source: Source, isRoot = false): Document {
    const kept = this.reader.parsed(`redocly${isRoot ? '-root' : ''}`, source.absoluteRef, source.body, () => super.parseDocument(source, isRoot));
    return { source: kept.source, parsed: structuredClone(kept.parsed) };
  }
}
