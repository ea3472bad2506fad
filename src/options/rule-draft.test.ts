import { describe, expect, it } from 'vitest';
import { builtinBank } from '../bank/builtin';
import { EMPTY_PERSONAL } from '../storage/personal-phrases';
import {
  blankRuleDraft,
  checkRuleDraft,
  duplicateRule,
  fromRule,
  groupRuleProblems,
  personalRuleId,
  previewFindings,
  ruleDraftId,
  ruleSlug,
  sampleDraft,
  saveRuleDraft,
  splitLines,
  toRule,
  type RuleDraft,
} from './rule-draft';

const bank = builtinBank();
const draft = (patch: Partial<RuleDraft> = {}): RuleDraft => ({
  ...blankRuleDraft(),
  patterns: "There's no way to\n\n  no chance we can  ",
  why: 'Closes the door; say what you can do instead.',
  alternatives: 'ownership.personally\nHere is what I can do',
  ...patch,
});

describe('the line-to-avoid form', () => {
  it('turns the typed lines into a rule and back', () => {
    expect(splitLines(' a \n\r\nb\n')).toEqual(['a', 'b']);
    const rule = toRule(draft(), 'personal-x');
    expect(rule).toEqual({
      id: 'personal-x',
      patterns: ["There's no way to", 'no chance we can'],
      severity: 'warning',
      why: 'Closes the door; say what you can do instead.',
      alternatives: ['ownership.personally', 'Here is what I can do'],
    });
    expect(fromRule(rule)).toEqual({ ...draft(), id: 'personal-x', patterns: "There's no way to\nno chance we can" });
    // Whatever was stored: fields of the wrong type come back blank, never a crash.
    expect(fromRule({ patterns: 'no list', why: 3, alternatives: ['ok', 7] })).toEqual({ ...blankRuleDraft(), alternatives: 'ok' });
  });

  it('makes the id from the first pattern, unique against built-in and personal rules', () => {
    expect(ruleSlug("There's NO way to — désolé!")).toBe('theres-no-way-to-desole');
    expect(ruleSlug('!!')).toBe('line');
    expect(personalRuleId('no way to\ncannot', new Set(['personal-no-way-to', 'personal-no-way-to-2']))).toBe('personal-no-way-to-3');
    // A built-in rule's id is never taken by a new rule; "personal-" keeps them apart, and a clash gets a number.
    const clashing = { ...bank, rules: [...bank.rules, { ...bank.rules[0]!, id: 'personal-calm-down' }] };
    expect(ruleDraftId(draft({ patterns: 'calm down' }), clashing, [])).toBe('personal-calm-down-2');
    expect(ruleDraftId(draft({ patterns: 'calm down' }), bank, [{ id: 'personal-calm-down' }])).toBe('personal-calm-down-2');
  });

  it('keeps an edited rule its id, even a built-in one it rewords, unless another of theirs has it', () => {
    expect(ruleDraftId(draft({ id: 'personal-mine', patterns: 'other words' }), bank, [])).toBe('personal-mine');
    expect(ruleDraftId(draft({ id: 'calm-down' }), bank, [])).toBe('calm-down');
    expect(ruleDraftId(draft({ id: 'personal-mine' }), bank, [{ id: 'personal-mine' }])).toBe('personal-theres-no-way-to');
  });

  it("reports the validator's problems beside the field at fault", () => {
    const bad = draft({ patterns: 'no way*\nok', why: '  ', alternatives: 'ownership.personaly' });
    const grouped = groupRuleProblems(checkRuleDraft(bad, 'personal-x', bank));
    expect(grouped.patterns?.[0]).toMatchObject({ field: 'patterns[0]', severity: 'error' });
    expect(grouped.patterns?.[0]?.message).toContain('"*" is not supported');
    expect(grouped.why?.[0]).toMatchObject({ field: 'why', severity: 'error' });
    expect(grouped.form).toBeUndefined();
    expect(checkRuleDraft(draft(), 'personal-x', bank)).toEqual([]);
  });

  it("reports the bank-wide checks too: a phrase id that does not exist, a pattern that flags the bank's phrases", () => {
    const missing = groupRuleProblems(checkRuleDraft(draft({ alternatives: 'ownership.personaly' }), 'personal-x', bank));
    expect(missing.alternatives?.[0]?.message).toContain('did you mean "ownership.personally"');
    const flags = groupRuleProblems(checkRuleDraft(draft({ patterns: 'sorry' }), 'personal-x', bank));
    expect(flags.patterns?.length).toBeGreaterThan(0);
    for (const problem of flags.patterns!) {
      expect(problem.severity).toBe('error');
      expect(problem.message).toMatch(/^flags the bank's own phrase "[a-z-]+\.[a-z0-9-]+" \(….*\[sorry\]/i);
    }
  });
});

describe('saving lines to avoid', () => {
  it('refuses a draft with errors, and saves a good one under a fresh id', () => {
    const refused = saveRuleDraft(EMPTY_PERSONAL, draft({ alternatives: '' }), undefined, bank);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems.map((p) => p.field)).toEqual(['alternatives']);
    const saved = saveRuleDraft(EMPTY_PERSONAL, draft(), undefined, bank);
    if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
    expect(saved.id).toBe('personal-theres-no-way-to');
    expect(saved.rule.patterns).toEqual(["There's no way to", 'no chance we can']);
  });

  it('an edit keeps the id; a duplicate gets a fresh one', () => {
    const personal = { ...EMPTY_PERSONAL, rules: [toRule(draft(), 'personal-mine')] };
    const edited = saveRuleDraft(personal, { ...fromRule(personal.rules[0]!), patterns: 'no chance' }, 0, bank);
    expect(edited.ok && edited.id).toBe('personal-mine');
    const copy = duplicateRule(personal, 0, bank);
    expect(copy).toMatchObject({ id: 'personal-mine-copy', patterns: personal.rules[0]!.patterns });
    expect(duplicateRule({ ...personal, rules: [...personal.rules, copy!] }, 0, bank)?.id).toBe('personal-mine-copy-2');
    expect(duplicateRule(personal, 5, bank)).toBeUndefined();
  });
});

describe('the live preview', () => {
  it('runs the real draft check with the rule as typed, alternatives resolved to phrase text', () => {
    const findings = previewFindings(draft(), "Sorry, there is no way to do it. No chance we can't either.", bank.phrases);
    expect(findings.map((f) => f.found)).toEqual(['there is no way to']);
    const personally = bank.phrases.find((p) => p.id === 'ownership.personally')!.text;
    expect(findings[0]!.alternatives).toEqual([personally, 'Here is what I can do']);
  });

  it('has a default sample in which every pattern is caught', () => {
    const sample = sampleDraft(draft());
    expect(previewFindings(draft(), sample, bank.phrases).map((f) => f.found)).toEqual(["There's no way to", 'No chance we can']);
    expect(previewFindings(draft({ patterns: '' }), sampleDraft(draft({ patterns: '' })), bank.phrases)).toEqual([]);
  });
});
