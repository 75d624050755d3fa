import fc from 'fast-check';
import { linearRegExp } from '../lib/linear-regexp';

// A spec's `pattern` runs through linearRegExp: RE2 where it can mean what JavaScript means,
// JavaScript's engine elsewhere. Either way, it must answer as JavaScript's RegExp would.

const PATTERNS = [
  String.raw`^(https?:\/\/)?([\da-z\.-]+)\.([a-z\.]{2,6})([\/\w \.-]*)*\/?$`,
  String.raw`^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`,
  String.raw`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$`,
  String.raw`^\u00e9\s.$`,
  String.raw`\S+\s\S+`,
  String.raw`^[\s\w]+$`,
  String.raw`a.z`,
  String.raw`^\a\e\z\Q\E\p{L}$`,
  String.raw`^[^\]\-]+$`,
  String.raw`x{2,}y{,3}z{`,
  String.raw`^\x41\x4$`,
  String.raw`\0`,
  String.raw`^(?<word>\w+)-\b`,
  String.raw`^(?=.*\d).+$`,
  String.raw`^(a)\1$`,
  String.raw`[[:alpha:]]`,
  String.raw`^[\b]$`,
  String.raw`[^]`,
  String.raw`[]`,
  String.raw`\cJ`,
  String.raw`^[\S]$`,
];

/** Texts over the characters where JavaScript and RE2 differ (spaces, line ends, astral text aside). */
const text = fc.string({ unit: fc.constantFrom('a', 'z', 'A', '1', '-', '.', ' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\ufeff', 'é', ':', '/', '_', '\0', '\b', 'x', 'y', 'p', '{', 'L', '}', ']'), maxLength: 12 });

describe('a spec pattern run in linear time', () => {
  it.each(PATTERNS)('answers as JavaScript does for %s', (pattern) => {
    const native = new RegExp(pattern);
    const linear = linearRegExp(pattern);
    fc.assert(
      fc.property(text, (sample) => linear.test(sample) === native.test(sample)),
      { seed: 42, numRuns: 400 },
    );
  });

  it('matches what JavaScript matches on texts the pattern was written for', () => {
    const cases: [string, string, boolean][] = [
      [PATTERNS[0], 'http://example.org/a/b', true],
      [PATTERNS[0], 'http://example.org/a/b!', false],
      [PATTERNS[3], 'é\u00a0x', true],
      [PATTERNS[3], 'é \r', false],
      [PATTERNS[7], 'aezQEp{L}', true],
      [PATTERNS[10], 'Ax4', true],
      [PATTERNS[12], 'word-x', true],
    ];
    for (const [pattern, sample, expected] of cases) expect([pattern, sample, linearRegExp(pattern).test(sample)]).toEqual([pattern, sample, expected]);
  });

  it('finishes a catastrophic pattern on a long text that makes JavaScript backtrack forever', () => {
    // JavaScript's engine takes seconds at 25 characters and doubles with each one more.
    expect(linearRegExp(PATTERNS[0]).test(`http://a.com/${'a'.repeat(100_000)}!`)).toBe(false);
  });

  it('throws JavaScript’s own error for a pattern JavaScript refuses', () => {
    expect(() => linearRegExp('(?i)abc')).toThrow(/Invalid regular expression/);
    expect(() => linearRegExp('a**')).toThrow(/Invalid regular expression/);
  });

  it('gives each pattern its own text, which ajv keys compiled patterns by', () => {
    expect(String(linearRegExp('a/b'))).toBe(String(/a\/b/));
    expect(String(linearRegExp('^x$'))).not.toBe(String(linearRegExp('^y$')));
  });
});
