import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/cli/load-bank';
import { compileRules, lint } from '../../src/engine/lint';
import { bankStats } from '../../src/engine/bank';
import { SITUATIONS, MOODS } from '../../src/engine/types';

// The bank we ship, checked the way a team lead and an agent would meet it.
const { bank, problems } = loadBank();

describe('the built-in phrase bank', () => {
  it('validates with no problems', () => {
    expect(problems.map((p) => `${p.file}: ${p.id ?? ''}: ${p.field}: ${p.message}`)).toEqual([]);
  });

  it('never flags its own phrases as lines to avoid', () => {
    const rules = compileRules(bank.rules, bank.phrases);
    const flagged = bank.phrases.flatMap((phrase) => lint(phrase.text, rules).map((f) => `${phrase.id}: ${f.ruleId} "${f.found}"`));
    expect(flagged).toEqual([]);
  });

  it('covers every situation and mood with enough variants that agents do not sound scripted', () => {
    const stats = bankStats(bank);
    expect(stats.phrases).toBeGreaterThanOrEqual(300);
    expect(Object.values(stats.categories).filter((n) => n > 0).length).toBeGreaterThanOrEqual(14);
    for (const situation of SITUATIONS) expect(stats.situations[situation], situation).toBeGreaterThanOrEqual(12);
    for (const mood of MOODS) expect(stats.moods[mood], mood).toBeGreaterThanOrEqual(30);
    expect(stats.rules).toBeGreaterThanOrEqual(60);
    expect(stats.rulesWithAlternatives).toBe(stats.rules);
    expect(stats.playbooks).toBeGreaterThanOrEqual(6);
  });
});
