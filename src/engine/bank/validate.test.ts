import { describe, expect, it } from 'vitest';
import type { Bank } from '../types';
import { formatProblem, type Problem } from './problem';
import { bankStats } from './stats';
import { parseBank, validateBank, validateBankFile } from './validate';

const phrase = {
  id: 'empathy.hear-you',
  category: 'empathy',
  text: 'I can hear how frustrating this wait has been, {{ticket.requester.first_name}}.',
  situations: ['delivery'],
  moods: ['frustrated'],
  triggers: ['where is my order', 'late*'],
  tone: 'warm',
  length: 'short',
};
const rule = {
  id: 'no-calm-down',
  patterns: ['calm down'],
  severity: 'error',
  why: 'It tells the customer their feelings are the problem.',
  alternatives: ['empathy.hear-you', 'I understand why this is upsetting.'],
};
const playbook = { id: 'angry-customer', title: 'Angry customer', when: { moods: ['angry'] }, steps: ['Acknowledge the feeling first.'] };

/** Problems of a one-phrase file whose phrase has these fields changed (undefined removes a field). */
function phraseProblems(changes: Record<string, unknown>): string[] {
  const entry: Record<string, unknown> = { ...phrase, ...changes };
  for (const key of Object.keys(changes)) if (changes[key] === undefined) delete entry[key];
  return validateBankFile('bank.json', { phrases: [entry] }).map(formatProblem);
}

function lines(problems: Problem[]): string[] {
  return problems.map(formatProblem);
}

describe('validateBankFile: file shape', () => {
  it('accepts a complete, correct file without a single problem', () => {
    expect(validateBankFile('bank.json', { $schema: './schema.json', phrases: [phrase], rules: [rule], playbooks: [playbook] })).toEqual([]);
  });

  it('rejects a file that is not one object', () => {
    expect(lines(validateBankFile('bank.json', [phrase]))).toEqual([
      'bank.json: (file): error: expected one JSON object like {"phrases": [ … ], "rules": [ … ], "playbooks": [ … ]}, found a list',
    ]);
  });

  it('names an unknown top-level key and the key probably meant', () => {
    expect(lines(validateBankFile('bank.json', { phrases: [phrase], rule: [rule] }))).toEqual([
      'bank.json: rule: error: unknown top-level key (did you mean "rules"?); expected only "$schema", "phrases", "rules" and "playbooks"',
    ]);
  });

  it('rejects a list that is not a list, and a $schema that is not a string', () => {
    expect(lines(validateBankFile('bank.json', { $schema: 1, phrases: { id: 'x' } }))).toEqual([
      'bank.json: $schema: error: expected a string (the schema\'s path or URL), found the number 1',
      'bank.json: phrases: error: expected a list [ ] of phrase objects, found an object',
    ]);
  });

  it('warns about a file that holds nothing', () => {
    expect(lines(validateBankFile('bank.json', {}))).toEqual([
      'bank.json: (file): warning: holds no "phrases", "rules" or "playbooks" list: nothing in this file is used',
    ]);
  });

  it('names an entry without a usable id by its position', () => {
    expect(lines(validateBankFile('bank.json', { phrases: [phrase, 'Sorry!', { ...phrase, id: 7 }] }))).toEqual([
      'bank.json: phrases[1]: (entry): error: expected a phrase object {"id", "category", "text", "tone", "length", …}, found the string "Sorry!"',
      'bank.json: phrases[2]: id: error: expected a string like "empathy.short-name", found the number 7',
    ]);
  });
});

describe('validateBankFile: phrases', () => {
  it.each([
    [{ text: undefined }, 'empathy.hear-you: text: error: missing: expected the text to insert'],
    [{ text: ' \n ' }, 'empathy.hear-you: text: error: empty: expected the text to insert'],
    [{ text: 42 }, 'empathy.hear-you: text: error: expected the text to insert, found the number 42'],
    [{ category: 'Empathy' }, 'empathy.hear-you: category: error: unknown category "Empathy" (did you mean "empathy"?)'],
    [{ situations: ['refnd'] }, 'empathy.hear-you: situations[0]: error: unknown situation "refnd" (did you mean "refund"?)'],
    [{ situations: 'delivery' }, 'empathy.hear-you: situations: error: expected a list of situations'],
    [{ moods: ['furious'] }, 'empathy.hear-you: moods[0]: error: unknown mood "furious"; expected one of "calm", "frustrated" or "angry"'],
    [{ tone: 'formall' }, 'empathy.hear-you: tone: error: unknown tone "formall" (did you mean "formal"?)'],
    [{ length: 'medium' }, 'empathy.hear-you: length: error: unknown length "medium"; expected one of "short" or "long"'],
    [{ tone: undefined }, 'empathy.hear-you: tone: error: missing: expected one of "warm", "neutral" or "formal"'],
    [{ situtions: [] }, 'empathy.hear-you: situtions: error: unknown field (did you mean "situations"?)'],
    [{ id: 'apology.hear-you' }, 'apology.hear-you: id: error: starts with "apology." but the category is "empathy": the part before the dot must be the category ("empathy.hear-you")'],
    [{ id: 'Empathy.Hear You' }, 'Empathy.Hear You: id: error: "Empathy.Hear You" is not a phrase id: expected "<category>.<name>" in lowercase letters, digits and dashes — for example "empathy.hear-you"'],
    [{ id: 'hear-you' }, 'hear-you: id: error: "hear-you" is not a phrase id'],
    [{ triggers: ['late', ''] }, 'empathy.hear-you: triggers[1]: error: empty string'],
    [{ triggers: ['can*cel'] }, 'empathy.hear-you: triggers[0]: error: "can*cel": "*" may only end a word'],
    [{ triggers: ['!!'] }, 'empathy.hear-you: triggers[0]: error: "!!" has no words to match'],
    [{ triggers: [3] }, 'empathy.hear-you: triggers[0]: error: expected a string, found the number 3'],
  ])('%j → %s', (changes, expected) => {
    const found = phraseProblems(changes);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`bank.json: ${expected}`);
  });

  it.each([
    ['{{ticket.foo}}', 'unknown placeholder {{ticket.foo}}; known: {{ticket.requester.first_name}}, {{ticket.requester.name}}, {{ticket.id}}, {{ticket.title}}, {{current_user.first_name}}, or {{fill:name}} for a slot the agent fills'],
    ['{{ticket.requester.firstname}}', 'unknown placeholder {{ticket.requester.firstname}} (did you mean {{ticket.requester.first_name}}?)'],
    ['{{Ticket.id}}', '{{Ticket.id}}: placeholders are case-sensitive, write {{ticket.id}}'],
    ['{{ticket.id}', 'unbalanced braces near'],
    ['{ticket.id}', 'unbalanced braces near'],
    ['{{fill:Order Number}}', 'bad slot name in {{fill:Order Number}}: slot names are lowercase letters and underscores: write {{fill:order_number}}'],
    ['{{}}', 'empty placeholder {{}}'],
  ])('text with %s → error: %s', (placeholder, message) => {
    const found = phraseProblems({ text: `Hello ${placeholder}, thanks for waiting.` });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^bank\.json: empathy\.hear-you: text: error: /);
    expect(found[0]).toContain(message);
  });

  it('accepts every known placeholder, spaces inside the braces and slots', () => {
    expect(phraseProblems({ text: 'Hi {{ticket.requester.name}} ({{ ticket.requester.first_name }}), re {{ticket.title}} #{{ticket.id}}: {{fill:order_number}}. {{current_user.first_name}}' })).toEqual([]);
  });

  it('accepts a phrase without the optional situations, moods and triggers, and fills them in as "any"', () => {
    const { situations, moods, triggers, ...minimal } = phrase;
    const { bank, problems } = validateBank([{ fileName: 'bank.json', data: { phrases: [minimal] } }]);
    expect(problems).toEqual([]);
    expect(bank.phrases[0]).toEqual({ ...minimal, situations: [], moods: [], triggers: [] });
  });

  it('accepts "locked": true or false (team banks), and rejects any other value', () => {
    expect(phraseProblems({ locked: true })).toEqual([]);
    expect(phraseProblems({ locked: false })).toEqual([]);
    expect(phraseProblems({ locked: 'yes' })).toEqual(['bank.json: empathy.hear-you: locked: error: expected true or false, found the string "yes"']);
  });

  it.each([
    [{ triggers: ['late', 'Late'] }, 'empathy.hear-you: triggers[1]: warning: "Late" is listed twice'],
    [{ triggers: ['re*'] }, 'empathy.hear-you: triggers[0]: warning: "re*": a prefix of under 3 letters matches too many unrelated words'],
    [{ text: 'Sorry about that. ' }, 'empathy.hear-you: text: warning: starts or ends with spaces or line breaks'],
    [{ text: 'Use the {braces} key.' }, 'empathy.hear-you: text: error: unbalanced braces'],
  ])('%j → %s', (changes, expected) => {
    expect(phraseProblems(changes)).toEqual([expect.stringContaining(expected)]);
  });

  it('warns about a phrase filed under another category', () => {
    expect(lines(validateBankFile('phrasebank/phrases/apology.json', { phrases: [phrase] }))).toEqual([
      'phrasebank/phrases/apology.json: empathy.hear-you: category: warning: "empathy" in the file for "apology" phrases: move it to empathy.json, or fix the category',
    ]);
  });
});

describe('validateBankFile: rules and playbooks', () => {
  function ruleProblems(changes: Record<string, unknown>): string[] {
    return lines(validateBankFile('bank.json', { rules: [{ ...rule, ...changes }] }));
  }

  it.each([
    [{ patterns: [] }, 'no-calm-down: patterns: error: empty list: a rule needs at least one pattern'],
    [{ patterns: ['calm*'] }, 'no-calm-down: patterns[0]: error: "calm*": patterns match whole words'],
    [{ alternatives: [] }, 'no-calm-down: alternatives: error: empty list: give at least one phrase id or replacement text'],
    [{ alternatives: ['Sorry {{ticket.nme}}'] }, 'no-calm-down: alternatives[0]: error: unknown placeholder {{ticket.nme}}'],
    [{ severity: 'critical' }, 'no-calm-down: severity: error: unknown severity "critical"; expected one of "info", "warning" or "error"'],
    [{ why: '' }, 'no-calm-down: why: error: empty: expected one line telling the agent why this line hurts'],
    [{ id: 'No_Calm_Down' }, 'No_Calm_Down: id: error: "No_Calm_Down" is not a valid id: expected lowercase letters, digits and dashes — for example "no-calm-down"'],
  ])('%j → %s', (changes, expected) => {
    expect(ruleProblems(changes)).toEqual([expect.stringContaining(`bank.json: ${expected}`)]);
  });

  it.each([
    [{ steps: [] }, 'angry-customer: steps: error: empty list: a playbook needs at least one step'],
    [{ when: { mood: ['angry'] } }, 'angry-customer: when.mood: error: unknown field (did you mean "moods"?)'],
    [{ when: { situations: ['refunds'] } }, 'angry-customer: when.situations[0]: error: unknown situation "refunds" (did you mean "refund"?)'],
    [{ when: { abusive: 'yes' } }, 'angry-customer: when.abusive: error: expected true or false, found the string "yes"'],
    [{ when: {} }, 'angry-customer: when: warning: no conditions'],
    [{ title: undefined }, 'angry-customer: title: error: missing: expected a short title for the sidebar'],
  ])('%j → %s', (changes, expected) => {
    const entry: Record<string, unknown> = { ...playbook, ...changes };
    if ('title' in changes && changes.title === undefined) delete entry.title;
    expect(lines(validateBankFile('bank.json', { playbooks: [entry] }))).toEqual([expect.stringContaining(`bank.json: ${expected}`)]);
  });
});

describe('validateBank: the bank as a whole', () => {
  it('reports an id used again in another file, naming the first file, and keeps the first entry', () => {
    const { bank, problems } = validateBank([
      { fileName: 'a.json', data: { phrases: [phrase] } },
      { fileName: 'b.json', data: { phrases: [{ ...phrase, text: 'Another text.' }] } },
    ]);
    expect(lines(problems)).toEqual([
      'b.json: empathy.hear-you: id: error: duplicate: another phrase in a.json already has the id "empathy.hear-you"; ids must be unique',
    ]);
    expect(bank.phrases.map((p) => p.text)).toEqual([phrase.text]);
  });

  it('reports a rule alternative naming a phrase that does not exist, with the closest id', () => {
    const { problems } = validateBank([{ fileName: 'a.json', data: { phrases: [phrase], rules: [{ ...rule, alternatives: ['empathy.hear-yuo', 'closing.thanks'] }] } }]);
    expect(lines(problems)).toEqual([
      'a.json: no-calm-down: alternatives[0]: error: no phrase has the id "empathy.hear-yuo" (did you mean "empathy.hear-you"?); an alternative written "<category>.<name>" must name a phrase in the bank',
      'a.json: no-calm-down: alternatives[1]: error: no phrase has the id "closing.thanks"; an alternative written "<category>.<name>" must name a phrase in the bank',
    ]);
  });

  it('treats an alternative that is not "<known category>.<name>" as literal text', () => {
    const { problems } = validateBank([{ fileName: 'a.json', data: { phrases: [phrase], rules: [{ ...rule, alternatives: ['e.g. say sorry', 'thanks.'] }] } }]);
    expect(problems).toEqual([]);
  });

  it('does not blame a rule for naming a phrase that exists but has errors of its own', () => {
    const { problems } = validateBank([{ fileName: 'a.json', data: { phrases: [{ ...phrase, tone: 'loud' }], rules: [rule] } }]);
    expect(lines(problems)).toEqual([expect.stringContaining('a.json: empathy.hear-you: tone: error: unknown tone "loud"')]);
  });

  it('reports a rule whose pattern flags one of the bank\'s own phrases', () => {
    const { problems } = validateBank([{ fileName: 'a.json', data: { phrases: [phrase], rules: [{ ...rule, patterns: ['frustrating'] }] } }]);
    expect(lines(problems)).toEqual([
      'a.json: no-calm-down: patterns: error: flags the bank\'s own phrase "empathy.hear-you" (…I can hear how [frustrating] this wait has been,…): narrow the pattern or reword the phrase',
    ]);
  });

  it('reports a replacement text that another rule would flag', () => {
    const other = { ...rule, id: 'no-policy', patterns: ['our policy'], alternatives: ['Here is what I can do.'] };
    const { problems } = validateBank([{ fileName: 'a.json', data: { phrases: [phrase], rules: [{ ...rule, alternatives: ['Our policy says so.'] }, other] } }]);
    expect(lines(problems)).toEqual([
      'a.json: no-calm-down: alternatives[0]: error: this replacement is itself flagged by the rule "no-policy" (…[Our policy] says so.…)',
    ]);
  });

  it('warns about two phrases with the same text', () => {
    const { problems } = validateBank([{ fileName: 'a.json', data: { phrases: [phrase, { ...phrase, id: 'empathy.copy' }] } }]);
    expect(lines(problems)).toEqual(['a.json: empathy.copy: text: warning: same text as the phrase "empathy.hear-you"']);
  });

  it('groups problems by file in the order the files were given', () => {
    const { problems } = validateBank([
      { fileName: 'a.json', data: { phrases: [phrase], rules: [{ ...rule, alternatives: ['empathy.nope'] }] } },
      { fileName: 'b.json', data: { phrases: [{ ...phrase, tone: 'x' }] } },
    ]);
    expect(problems.map((p) => p.file)).toEqual(['a.json', 'b.json']);
  });

  it('parseBank merges the usable entries of every file and leaves out broken ones', () => {
    const bank: Bank = parseBank([
      { fileName: 'a.json', data: { phrases: [phrase, { ...phrase, id: 'empathy.broken', tone: 'loud' }] } },
      { fileName: 'b.json', data: { rules: [rule], playbooks: [playbook, { id: 'x' }] } },
      { fileName: 'c.json', data: 'not a bank' },
    ]);
    expect(bank).toEqual({ phrases: [phrase], rules: [rule], playbooks: [playbook] });
  });
});

describe('bankStats', () => {
  it('counts phrases per category, per explicitly named situation and mood, and rules and playbooks', () => {
    const stats = bankStats({
      phrases: [
        phrase as Bank['phrases'][number],
        { ...(phrase as Bank['phrases'][number]), id: 'apology.a', category: 'apology', situations: [], moods: ['angry', 'frustrated'] },
      ],
      rules: [rule as Bank['rules'][number], { ...(rule as Bank['rules'][number]), id: 'r2', alternatives: [] }],
      playbooks: [playbook as Bank['playbooks'][number]],
    });
    expect(stats).toMatchObject({ phrases: 2, rules: 2, rulesWithAlternatives: 1, playbooks: 1 });
    expect(stats.categories).toMatchObject({ empathy: 1, apology: 1, closing: 0 });
    expect(stats.situations).toMatchObject({ delivery: 1, refund: 0 });
    expect(stats.moods).toEqual({ calm: 0, frustrated: 2, angry: 1 });
    expect(Object.keys(stats.categories)).toHaveLength(16);
  });
});

describe('formatProblem', () => {
  it('prints file: id: field: severity: message, and file:line:column for a position', () => {
    expect(formatProblem({ file: 'a.json', id: 'x.y', field: 'text', severity: 'error', message: 'm' })).toBe('a.json: x.y: text: error: m');
    expect(formatProblem({ file: 'a.json', field: 'JSON', severity: 'error', message: 'm', line: 3, column: 7 })).toBe('a.json:3:7: JSON: error: m');
  });
});
