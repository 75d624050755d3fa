/**
 * What a summary or description calls experimental: its subject as a whole (the operation or the
 * field it describes), or only a part of it (an option, a variant, a case), which `x-experimental`
 * on the whole would overstate. A mere mention of something else that is experimental ("the
 * experimental Istio routing layer was discontinued") is neither.
 */
export type ExperimentalClaim = 'whole' | { part: string };

/** The part a claim names, for messages: `foo`, "when type is docker", "the canary strategy". */
const MAX_PART = 60;

/** Nouns that name a part of a request or a field rather than the thing itself. */
const PART_NOUNS = new Set([
  'option', 'parameter', 'field', 'property', 'value', 'strategy', 'type', 'variant', 'mode', 'setting', 'flag',
  'key', 'attribute', 'case', 'kind', 'format',
]);

const DETERMINERS = new Set(['the', 'this', 'these', 'those', 'that', 'its', 'their', 'a', 'an']);

/** "X is (currently|still) (an) experimental": the claim whose subject X decides. */
const IS_EXPERIMENTAL = /\b(?:is|are)\s+(?:currently\s+|still\s+)?(?:an?\s+)?experimental\b/i;
/** "experimental when type is X", "experimental if …", "experimental for docker apps", not "for now". */
const CONDITION = /\bexperimental\s+(?:only\s+)?((?:when|if|for)\b[^,;:]*)/i;
const SUMMARY_MARK = /\(experimental\)/i;
const NAMED_MARK = /`[^`]{1,60}`\s*\(experimental\)/i;
/** A line that opens with "Experimental" ("Experimental: …", "Experimental."). */
const LINE_START = /^[^\S\r\n\u2028\u2029]*experimental\b/i;
const CODE_SPAN = /`([^`]{1,60})`/;
const QUOTED = /["“‘']([\w.-]{1,60})["”’']/;

export function experimentalClaim(text: unknown): ExperimentalClaim | undefined {
  if (typeof text !== 'string' || !/experimental/i.test(text)) return undefined;
  let part: string | undefined;
  // Sentences and lines, each read on its own: a claim does not reach past its sentence.
  for (const sentence of text.split(/[.!?](?:\s|$)|[\r\n\u2028\u2029]+/)) {
    const claim = sentenceClaim(sentence);
    if (claim === 'whole') return claim;
    part ??= claim?.part;
  }
  return part === undefined ? undefined : { part };
}

function sentenceClaim(sentence: string): ExperimentalClaim | undefined {
  const condition = CONDITION.exec(sentence)?.[1]?.trim();
  const conditional = condition !== undefined && !/^for\s+(?:now|the\s+time\s+being)\b/i.test(condition);
  if (NAMED_MARK.test(sentence)) return { part: CODE_SPAN.exec(sentence)?.[1] ?? '' };
  if (SUMMARY_MARK.test(sentence)) return 'whole';
  const claimed = IS_EXPERIMENTAL.exec(sentence);
  if (claimed === null && !LINE_START.test(sentence)) return undefined;
  if (conditional) return { part: shorten(condition) };
  if (claimed === null) return 'whole';
  const subject = sentence.slice(Math.max(0, claimed.index - 200), claimed.index);
  const named = CODE_SPAN.exec(subject)?.[1] ?? QUOTED.exec(subject)?.[1];
  if (named !== undefined) return { part: named };
  return partNamedBy(subject) ?? 'whole';
}

/** "the canary strategy", "Only the foo option": a part noun with a word that picks one out. */
function partNamedBy(subject: string): ExperimentalClaim | undefined {
  // The subject's own clause: "When creating an app, the lifecycle type" → "the lifecycle type".
  const clause = subject.slice(Math.max(subject.lastIndexOf(','), subject.lastIndexOf(';'), subject.lastIndexOf(':'), subject.lastIndexOf('(')) + 1);
  const words = clause.trim().split(/\s+/).filter((word) => word.length > 0);
  const only = words[0]?.toLowerCase() === 'only';
  const named = (only ? words.slice(1) : words).filter((word, index) => index > 0 || !DETERMINERS.has(word.toLowerCase()));
  const head = named[named.length - 1]?.toLowerCase().replace(/(?:ie)?s$/, (ending) => (ending === 'ies' ? 'y' : ''));
  if (named.length >= 2 && head !== undefined && (PART_NOUNS.has(head) || only)) return { part: shorten(named.join(' ')) };
  return undefined;
}

function shorten(text: string): string {
  return text.length > MAX_PART ? `${text.slice(0, MAX_PART - 1)}…` : text;
}

/** True when a summary or description calls its subject as a whole experimental ("(experimental)", "This endpoint is experimental", "Experimental: …"). */
export function callsItExperimental(text: unknown): boolean {
  return experimentalClaim(text) === 'whole';
}

/** An operation or field whose summary or description calls it, as a whole, experimental. */
export function describedAsExperimental(node: Record<string, unknown>): boolean {
  return callsItExperimental(node.summary) || callsItExperimental(node.description);
}

/** The part that a node's summary or description calls experimental, when neither calls the whole so. */
export function partDescribedAsExperimental(node: Record<string, unknown>): string | undefined {
  if (describedAsExperimental(node)) return undefined;
  for (const text of [node.summary, node.description]) {
    const claim = experimentalClaim(text);
    if (claim !== undefined && claim !== 'whole') return claim.part;
  }
  return undefined;
}
