import { RE2JS } from 're2js';

/** What ajv's `code.regExp` option returns: something to test strings with. */
export interface RegExpLike {
  test(text: string): boolean;
}

/**
 * A spec's own regular expression (a schema `pattern` or `patternProperties` key), run in time
 * linear in the text: by RE2 (the `re2js` port) wherever RE2 can mean what JavaScript means,
 * else by JavaScript's own engine. A backtracking engine takes exponential time on patterns
 * such as `^([\w \.-]*)*\/?$`, which real specs contain, so examples would never finish.
 *
 * JavaScript syntax is checked first, so a pattern JavaScript refuses throws its usual error.
 * Lookarounds, back-references, `\c` and `\S` inside a class have no RE2 form: those patterns
 * keep JavaScript's engine (and the command's time limit). RE2 matches code points, JavaScript
 * (without the `u` flag) UTF-16 units: `.` counts a character outside the BMP once, not twice.
 * Usable as ajv's `code.regExp` (it takes the `code` property for standalone code, unused here).
 */
export function linearRegExp(pattern: string, flags = ''): RegExpLike {
  const native = new RegExp(pattern, flags);
  const translated = flags === '' ? toRe2Syntax(pattern) : undefined;
  if (translated === undefined) return native;
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(translated);
  } catch {
    return native;
  }
  // ajv keys its compiled patterns by this text.
  return { test: (text) => compiled.test(text), toString: () => native.toString() } as RegExpLike;
}
linearRegExp.code = 'linearRegExp';

/** JavaScript's `\s` (WhiteSpace and LineTerminator), which RE2 reads as ASCII space only. */
const JS_SPACE = String.raw`\t\n\v\f\r \x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}`;
/** JavaScript's `.`: anything but a line terminator (RE2's excludes `\n` only). */
const JS_DOT = String.raw`[^\n\r\x{2028}\x{2029}]`;
/** Escapes that mean the same in both: classes, controls, word boundaries, hex. */
const SAME_ESCAPES = new Set(['d', 'D', 'w', 'W', 'b', 'B', 'n', 'r', 't', 'f', 'v', 'x']);

/**
 * `pattern` (JavaScript syntax, no flags) in RE2 syntax with the same meaning, or undefined when
 * RE2 has no such form. Lookarounds and the like pass through: RE2 refuses them when compiling.
 */
function toRe2Syntax(pattern: string): string | undefined {
  let out = '';
  let inClass = false;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === '\\') {
      const next = pattern[++index];
      if (next === undefined) return undefined;
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(pattern.slice(index + 1, index + 5))) {
        out += `\\x{${pattern.slice(index + 1, index + 5)}}`;
        index += 4;
      } else if (next === 'x' && !/^[0-9a-fA-F]{2}$/.test(pattern.slice(index + 1, index + 3))) {
        out += 'x'; // JavaScript reads a bare `\x` as the letter.
      } else if (SAME_ESCAPES.has(next) && !(inClass && next === 'b')) {
        out += `\\${next}`;
      } else if (next === 's') {
        out += inClass ? JS_SPACE : `[${JS_SPACE}]`;
      } else if (next === 'S' && !inClass) {
        out += `[^${JS_SPACE}]`;
      } else if (next === '0' && !/[0-9]/.test(pattern[index + 1] ?? '')) {
        out += '\\x00';
      } else if (/[0-9cSkb]/.test(next)) {
        return undefined; // back-references, octal, controls, `\S` or `\b` inside a class
      } else if (/[A-Za-z]/.test(next)) {
        out += next; // an identity escape: without the `u` flag, `\a` is "a"
      } else {
        out += `\\${next}`;
      }
    } else if (inClass) {
      if (char === '[' && pattern[index + 1] === ':') return undefined; // RE2 reads `[[:alpha:]]` as a named class
      if (char === ']') inClass = false;
      out += char;
    } else if (char === '[') {
      // `[]` matches nothing and `[^]` anything in JavaScript; RE2 reads both differently.
      if (pattern[index + 1] === ']' || pattern.startsWith('^]', index + 1)) return undefined;
      inClass = true;
      out += char;
      if (pattern[index + 1] === '^') out += pattern[++index];
    } else if (char === '.') {
      out += JS_DOT;
    } else {
      out += char;
    }
  }
  return out;
}
