import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import { formatProblem, validateBank } from '../engine/bank';
import { builtinBank } from './builtin';
import { PERSONAL_RULES_FILE, withPersonalRules } from './personal-rules';

const phrase = (id: string, text: string) => ({ id, category: id.split('.')[0], text, tone: 'warm', length: 'short' });
const rule = (id: string, patterns: string[], alternatives: string[] = ['Here is what I can do'], extra: Record<string, unknown> = {}) => ({
  id,
  patterns,
  severity: 'warning',
  why: 'Sounds like a wall.',
  alternatives,
  ...extra,
});

/** A small bank below the agent's rules: two phrases and one built-in rule. */
const BANK = validateBank([
  { fileName: 'phrases.json', data: { phrases: [phrase('empathy.hear-you', 'I hear you.'), phrase('ownership.on-it', 'I am on it right now.')] } },
  { fileName: 'avoid-rules.json', data: { rules: [rule('calm-down', ['calm down'], ['empathy.hear-you'], { severity: 'error' })] } },
]).bank;

const caught = (bank: typeof BANK, draft: string) => createEngine(bank).lint(draft).map((f) => f.ruleId);
const lines = (problems: { file: string }[]) => problems.map((p) => formatProblem(p as Parameters<typeof formatProblem>[0]));

describe('personal lines to avoid', () => {
  it('leaves the bank as it is when the agent has none and switched none off', () => {
    const merged = withPersonalRules(BANK, [], []);
    expect(merged.bank).toBe(BANK);
    expect(merged.problems).toEqual([]);
  });

  it('adds a valid rule: the draft check catches its words, with its alternatives (phrase ids resolved)', () => {
    const { bank, problems } = withPersonalRules(BANK, [rule('no-way-to', ['no way to'], ['ownership.on-it', 'Here is another way'])], []);
    expect(problems).toEqual([]);
    expect(bank.rules.map((r) => r.id)).toEqual(['calm-down', 'no-way-to']);
    const [finding] = createEngine(bank).lint('There is No way to do that.');
    expect(finding).toMatchObject({ ruleId: 'no-way-to', found: 'No way to', alternatives: ['I am on it right now.', 'Here is another way'] });
  });

  it('leaves out a rule with errors, saying which field is wrong, and keeps the good ones', () => {
    const broken = { id: 'Bad Id', patterns: ['no*way'], severity: 'loud', alternatives: [] };
    const { bank, problems } = withPersonalRules(BANK, [broken, 'not a rule', rule('fine', ['sadly we cannot'])], []);
    expect(bank.rules.map((r) => r.id)).toEqual(['calm-down', 'fine']);
    expect(problems.every((p) => p.file === PERSONAL_RULES_FILE && p.severity === 'error')).toBe(true);
    const fields = problems.filter((p) => p.id === 'Bad Id').map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['id', 'patterns[0]', 'severity', 'why', 'alternatives']));
    expect(problems.find((p) => p.id === 'rules[1]')?.field).toBe('(entry)');
  });

  it('reports an alternative naming a phrase the bank does not have, with the likely one', () => {
    const { bank, problems } = withPersonalRules(BANK, [rule('no-way-to', ['no way to'], ['empathy.hear-yu'])], []);
    expect(bank.rules.map((r) => r.id)).toEqual(['calm-down']);
    expect(lines(problems)).toEqual([
      `${PERSONAL_RULES_FILE}: no-way-to: alternatives[0]: error: no phrase has the id "empathy.hear-yu" (did you mean "empathy.hear-you"?); an alternative written "<category>.<name>" must name a phrase in the bank`,
    ]);
  });

  it("blames a rule that flags one of the bank's phrases, and leaves it out", () => {
    const { bank, problems } = withPersonalRules(BANK, [rule('no-right-now', ['right now'])], []);
    expect(bank.rules.map((r) => r.id)).toEqual(['calm-down']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ id: 'no-right-now', field: 'patterns', severity: 'error' });
    expect(problems[0]!.message).toContain('ownership.on-it');
  });

  it('refuses a replacement text that a rule in force flags itself', () => {
    const { bank, problems } = withPersonalRules(BANK, [rule('no-whatever', ['whatever'], ['Please calm down'])], []);
    expect(bank.rules.map((r) => r.id)).toEqual(['calm-down']);
    expect(problems[0]).toMatchObject({ id: 'no-whatever', field: 'alternatives[0]', severity: 'error' });
    // Switched off, that rule no longer objects.
    expect(withPersonalRules(BANK, [rule('no-whatever', ['whatever'], ['Please calm down'])], ['calm-down']).problems).toEqual([]);
  });

  it('drops the built-in rules the agent switched off; ids nothing has are ignored', () => {
    const { bank, problems } = withPersonalRules(BANK, [], ['calm-down', 'gone-since']);
    expect(problems).toEqual([]);
    expect(bank.rules).toEqual([]);
    expect(caught(bank, 'Please calm down.')).toEqual([]);
    expect(caught(BANK, 'Please calm down.')).toEqual(['calm-down']);
  });

  it('a usable rule with a built-in id rewords that rule; a broken one leaves the built-in one as it was', () => {
    const mine = rule('calm-down', ['calm down', 'relax'], ['I can see how upsetting this is']);
    const reworded = withPersonalRules(BANK, [mine], ['calm-down']);
    expect(reworded.bank.rules).toEqual([mine]);
    expect(caught(reworded.bank, 'Just relax.')).toEqual(['calm-down']);

    const broken = withPersonalRules(BANK, [{ ...mine, why: '' }], []);
    expect(broken.bank.rules).toEqual(BANK.rules);
    expect(broken.problems.map((p) => p.field)).toEqual(['why']);
    expect(withPersonalRules(BANK, [{ ...mine, why: '' }], ['calm-down']).bank.rules).toEqual([]);
  });

  it('keeps the first of two personal rules with one id and reports the second', () => {
    const { bank, problems } = withPersonalRules(BANK, [rule('mine', ['no way to']), rule('mine', ['not my call'])], []);
    expect(bank.rules.map((r) => r.patterns)).toEqual([['calm down'], ['no way to']]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ id: 'mine', field: 'id', severity: 'error' });
  });

  it('keeps a good rule when another entry with its id is broken', () => {
    const { bank, problems } = withPersonalRules(BANK, [{ ...rule('mine', ['oops']), severity: 'loud' }, rule('mine', ['no way to'])], []);
    expect(bank.rules.map((r) => r.id)).toEqual(['calm-down', 'mine']);
    expect(problems.map((p) => p.field)).toEqual(['severity']);
  });

  it('works over the shipped bank: "no way to" is free to add, and reported problems come in the list order', () => {
    const shipped = builtinBank();
    const { bank, problems } = withPersonalRules(shipped, [rule('a', ['no way to']), { id: 'b' }], ['not-my-job']);
    expect(problems.every((p) => p.id === 'b')).toBe(true);
    expect(bank.rules).toHaveLength(shipped.rules.length);
    expect(caught(bank, "Sorry, there's no way to fix that, it's not my job.")).toEqual(['a']);
  });
});
