/**
 * True when a summary or description calls its subject experimental ("(experimental)", "This
 * feature is experimental", "Experimental: ..."), not when it merely mentions something else that
 * is ("the experimental Istio routing layer was discontinued").
 */
export function callsItExperimental(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  // Only the spaces of one line before a line-initial "experimental": `^\s*` would rescan a whole
  // run of blank lines from each of its line starts (quadratic on a long run).
  return /\(experimental\)|^[^\S\r\n\u2028\u2029]*experimental\b|\b(is|are)\s+(currently\s+|still\s+)?(an?\s+)?experimental\b/im.test(text);
}

/** An operation or field whose summary or description calls it experimental. */
export function describedAsExperimental(node: Record<string, unknown>): boolean {
  return callsItExperimental(node.summary) || callsItExperimental(node.description);
}
