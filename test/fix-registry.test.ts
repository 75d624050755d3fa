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
