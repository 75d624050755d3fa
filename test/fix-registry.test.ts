import capiRules from '../rules/index';
import { FIXABILITY } from '../lib/fix/registry';

describe('which rules fix', () => {
  const rules = Object.keys(capiRules.rules).sort();

  it('states fix, suggestion or none for every capi rule, and for no other id', () => {
    expect(Object.keys(FIXABILITY).sort()).toEqual(rules);
  });

  it('gives a fixer of the stated kind to every rule that fixes or suggests, and a reason to every rule that does neither', () => {
    for (const [rule, entry] of Object.entries(FIXABILITY)) {
      if (entry.kind === 'none') expect([rule, entry.why.length > 0]).toEqual([rule, true]);
      else expect([rule, entry.fixer.kind, entry.fixer.summary.length > 0]).toEqual([rule, entry.kind, true]);
    }
  });
});

describe('the rule pages say whether the rule fixes', () => {
  const fs = require('fs') as typeof import('fs');
  const path = require('path') as typeof import('path');
  const WORD = { fix: 'fixes', suggestion: 'suggests', none: 'neither' };

  it('each page has a Fix section that says fixes, suggests or neither, as the registry does', () => {
    for (const [rule, entry] of Object.entries(FIXABILITY)) {
      const page = fs.readFileSync(path.join(__dirname, '..', 'docs', 'rules', `${rule}.md`), 'utf8');
      const line = /\n## Fix\n\n\*\*Fix:\*\* (\w+)/.exec(page)?.[1];
      expect([rule, line]).toEqual([rule, WORD[entry.kind]]);
    }
  });
});
