/**
 * Patterns read in parameter and operation descriptions. Each is linear in the text (no nested or
 * adjacent unbounded repeats over the same characters); test/linear-text.test.ts runs them on
 * 1 MB adversarial descriptions.
 */

/** "empty value", "empty string", "left empty", "if empty", a bare `name=`, `a,,b`: an empty value given a meaning. */
const EMPTY_VALUE = /\b(?:empty|blank)\s+(?:value|string)s?\b|\b(?:left|is|are|be|if)\s+(?:empty|blank)\b|[a-z_\]]=(?:[`'")\s]|$)|,,/im;

export function describesEmptyValue(text: unknown): boolean {
  return typeof text === 'string' && EMPTY_VALUE.test(text);
}

/** "all of the requirements must match", "every requirement is satisfied", "satisfy all of them", "AND", "logical and". */
const ALL_MATCH =
  /\b(?:all|every|each|both)\b[^.;\n]{0,80}?\b(?:match|matches|matched|matching|satisfied|satisfy|satisfies|met)\b|\b(?:match|matches|satisfy|satisfies|meet|meets)\s(?:all|every|each|both)\b|\blogical\s+and\b|\bintersection\b/i;
const AND = /\bAND\b/;

export function saysAllMustMatch(text: unknown): boolean {
  return typeof text === 'string' && (ALL_MATCH.test(text) || AND.test(text));
}

/** A manifest or YAML named in a summary or description. */
const YAML_WORDS = /\b(?:manifests?|ya?ml)\b/i;

export function mentionsYaml(text: unknown): boolean {
  return typeof text === 'string' && YAML_WORDS.test(text);
}
