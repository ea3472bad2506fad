import { describe, expect, it } from 'vitest';
import { mergePersonal, builtinBank, engineFor, builtinEngine } from '../bank/builtin';
import { EMPTY_PERSONAL } from '../storage/personal-phrases';
import { blankDraft, checkDraft, draftId, fromPhrase, groupProblems, personalId, slugOf, splitTriggers, toPhrase } from './draft';
import { duplicatePhrase, saveDraft } from './save-draft';

const builtinIds = builtinBank().phrases.map((p) => p.id);
const draft = (patch: Partial<ReturnType<typeof blankDraft>> = {}) => ({
  ...blankDraft(),
  text: 'Hi {{ticket.requester.first_name}}, the courier owes you a desk.',
  category: 'ownership' as const,
  triggers: 'tracking,  still no desk ,,',
  ...patch,
});

describe('the phrase form', () => {
  it('makes ids from the words, unique against every phrase already there', () => {
    expect(slugOf("Hi {{ticket.requester.first_name}}, we're sorry — très désolé!")).toBe('hi-were-sorry-tres-desole');
    expect(slugOf('{{fill:x}}')).toBe('phrase');
    const taken = new Set(['empathy.personal-so-sorry', 'empathy.personal-so-sorry-2']);
    expect(personalId('empathy', 'So sorry', taken)).toBe('empathy.personal-so-sorry-3');
  });

  it('keeps an edited phrase its id, unless its category changed', () => {
    expect(draftId(draft({ id: 'ownership.personal-mine' }), new Set())).toBe('ownership.personal-mine');
    expect(draftId(draft({ id: 'ownership.personal-mine', category: 'apology' }), new Set())).toBe('apology.personal-hi-the-courier-owes-you');
  });

  it('round-trips through the stored form, triggers split on commas', () => {
    expect(splitTriggers('tracking,  still no desk ,,')).toEqual(['tracking', 'still no desk']);
    const stored = toPhrase(draft(), 'ownership.personal-x');
    expect(stored.triggers).toEqual(['tracking', 'still no desk']);
    expect(fromPhrase(stored)).toEqual({ ...draft(), id: 'ownership.personal-x', triggers: 'tracking, still no desk' });
  });

  it("reports the validator's problems beside the field at fault", () => {
    const problems = checkDraft(draft({ text: 'Hi {{ticket.requester.firstname}}', triggers: 'ok, !!' }), 'ownership.personal-x');
    const grouped = groupProblems(problems);
    expect(grouped.text?.[0]?.message).toContain('did you mean {{ticket.requester.first_name}}');
    expect(grouped.triggers?.length).toBeGreaterThan(0);
    expect(checkDraft(draft(), 'ownership.personal-x')).toEqual([]);
  });
});

describe('saving personal phrases', () => {
  it('refuses a draft with errors and stores nothing', () => {
    const result = saveDraft(EMPTY_PERSONAL, draft({ text: '' }), undefined, builtinIds);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.some((p) => p.field === 'text' && p.severity === 'error')).toBe(true);
  });

  it('adds, edits, duplicates and deletes, each phrase keeping a unique id', () => {
    const added = saveDraft(EMPTY_PERSONAL, draft(), undefined, builtinIds);
    if (!added.ok) throw new Error(JSON.stringify(added.problems));
    expect(added.id).toBe('ownership.personal-hi-the-courier-owes-you');
    const edited = saveDraft(added.personal, { ...fromPhrase(added.personal.phrases[0]!), text: 'Changed words.' }, 0, builtinIds);
    if (!edited.ok) throw new Error('edit refused');
    expect(edited.personal.phrases).toHaveLength(1);
    expect(edited.personal.phrases[0]).toMatchObject({ id: added.id, text: 'Changed words.' });
    const twice = duplicatePhrase(duplicatePhrase(edited.personal, 0, builtinIds), 0, builtinIds);
    expect(twice.phrases.map((p) => p.id)).toEqual([added.id, `${added.id}-copy-3`, `${added.id}-copy`]);
  });

  it('refuses a phrase the bank-wide checks reject: a line the draft check would flag', () => {
    const result = saveDraft(EMPTY_PERSONAL, draft({ text: 'Please calm down, that is not my job.' }), undefined, builtinIds);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.find((p) => p.field === 'text')?.message).toMatch(/calm down.*is a line to avoid/i);
    // …and a stored one (written by hand or before a rule existed) is left out of the sidebar's bank.
    const stored = toPhrase(draft({ text: 'Please calm down.' }), 'ownership.personal-calm');
    expect(mergePersonal({ phrases: [stored], disabled: [] }).bank.phrases.some((p) => p.id === stored.id)).toBe(false);
  });
});

describe('the engine the sidebar runs on', () => {
  it('is the built-in one when the agent changed nothing', () => {
    expect(engineFor(EMPTY_PERSONAL)).toBe(builtinEngine());
  });

  it('adds valid personal phrases, leaves out broken ones with their problem, and drops switched-off built-ins', () => {
    const off = builtinIds[0]!;
    const good = toPhrase(draft(), 'ownership.personal-good');
    const bad = toPhrase(draft({ text: 'Hi {{ticket.nope}}' }), 'ownership.personal-bad');
    const { bank, problems } = mergePersonal({ phrases: [good, bad], disabled: [off] });
    const ids = new Set(bank.phrases.map((p) => p.id));
    expect(ids.has('ownership.personal-good')).toBe(true);
    expect(ids.has('ownership.personal-bad')).toBe(false);
    expect(ids.has(off)).toBe(false);
    expect(problems.map((p) => [p.id, p.field])).toContainEqual(['ownership.personal-bad', 'text']);
    const engine = engineFor({ phrases: [good], disabled: [] });
    expect(engine.search('courier owes you a desk').map((p) => p.id)).toContain('ownership.personal-good');
  });
});
