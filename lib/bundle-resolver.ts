import { BaseResolver, isAbsoluteUrl, ResolveError, Source, YamlParseError, type Document } from '@redocly/openapi-core';
import { InputError } from './input-error';
import { DISK, type FileReader } from './source-files';
import { checkAliases } from './yaml-aliases';

/**
 * Redocly's resolver, refusing what its YAML parser reads but the rest of the pipeline cannot
 * take: alias bombs, and nesting past its depth limit. Redocly turns an error in a referenced
 * file into a vague "Can't resolve $ref", so the first refusal is kept in `refused` for the caller.
 */
export class BundleResolver extends BaseResolver {
  refused: InputError | undefined;

  constructor(protected readonly reader: FileReader = DISK) {
    super();
  }

  /**
   * Reads a local file at once: Redocly's own reading (`fs.promises`) left the thread idle while
   * the files of a tree were read one after the other (a third of the bundling time).
   */
  async loadExternalRef(absoluteRef: string): Promise<Source> {
    if (isAbsoluteUrl(absoluteRef)) return super.loadExternalRef(absoluteRef);
    try {
      // As BaseResolver does: Windows line ends would shift its positions.
      return new Source(absoluteRef, this.reader.read(absoluteRef).replace(/\r\n/g, '\n'));
    } catch (error: any) {
      throw new ResolveError(error);
    }
  }

  parseDocument(source: Source, isRoot?: boolean): Document {
    try {
      const document = super.parseDocument(source, isRoot);
      if (typeof source.body === 'string') checkAliases(source.absoluteRef, source.body, document.parsed);
      return document;
    } catch (error) {
      const refusal = error instanceof InputError ? error : tooDeep(error);
      if (refusal) this.refused ??= refusal;
      throw refusal ?? error;
    }
  }
}

function tooDeep(error: unknown): InputError | undefined {
  if (!(error instanceof YamlParseError) || !/maxDepth \((\d+)\)/.test(error.message)) return undefined;
  const depth = /maxDepth \((\d+)\)/.exec(error.message)![1];
  return new InputError(`${error.source.absoluteRef}:${error.line}:${error.col}: nested more than ${depth} levels deep, the most the bundler reads`);
}
