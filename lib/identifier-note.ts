import { asObject, deref } from './json';

/** A description that says its identifier may not be a UUID ("A client id may not be a uuid."). */
const NOT_A_UUID = /[^.]*\b(may|might|can|need|does|is)\s+not\s+(always\s+|necessarily\s+)?(be\s+)?an?\s+uuid\b[^.]*\.?/i;

/**
 * The sentence of `node`'s description (or its schema's) that says the identifier may not be a
 * UUID, if any: a rule asking for `format: uuid` must not give that advice then.
 */
export function notUuidSentence(root: unknown, node: unknown): string | undefined {
  const object = asObject(deref(root, node));
  for (const description of [object.description, asObject(deref(root, object.schema)).description]) {
    const sentence = notUuidIn(description);
    if (sentence !== undefined) return sentence;
  }
  return undefined;
}

/** The sentence of a description that says its identifier may not be a UUID, if any. */
export function notUuidIn(description: unknown): string | undefined {
  const match = typeof description === 'string' ? NOT_A_UUID.exec(description) : null;
  return match ? match[0].trim() : undefined;
}

/** The advice for an identifier that is not declared as a UUID, given what its description says. */
export function uuidAdvice(sentence: string | undefined, declare: string): string {
  return sentence === undefined
    ? declare
    : `its description says it may not be one ("${sentence}"), so "format: uuid" would be wrong: the guide identifies resources by UUID guids, so either the API changes it or the spec keeps this deviation on record (an override that turns the rule off for it)`;
}
