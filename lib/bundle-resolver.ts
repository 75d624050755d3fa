import { BaseResolver, YamlParseError, type Document, type Source } from '@redocly/openapi-core';
import { InputError } from './input-error';
import { checkAliases } from './yaml-aliases';

/**
 * Redocly's resolver, refusing what its YAML parser reads but the rest of the pipeline cannot
 * take: alias bombs, and nesting past its depth limit. Redocly turns an error in a referenced
 * file into a vague "Can't resolve $ref", so the first refusal is kept in `refused` for the caller.
 */
export class BundleResolver extends BaseResolver {
  refused: InputError | undefined;

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
