// Suggestions follow the agent's draft: nothing the draft already does, nothing it already says.
import { describe, expect, it } from 'vitest';
import { analysis, FIXTURE_BANK } from './fixture-bank';
import { createSuggester } from '.';

const suggester = createSuggester(FIXTURE_BANK);
const angryLate = analysis({ delivery: 1 }, 'angry');
const text = 'Where is my order? I am still waiting!';
const suggest = (draft?: string) => suggester.suggest(angryLate, text, { draft }).suggestions;
const count = (draft: string | undefined, category: string) => suggest(draft).filter((s) => s.phrase.category === category).length;

describe('draft-aware suggestions', () => {
  it('offers no second apology once the draft apologises', () => {
    expect(count(undefined, 'apology')).toBeGreaterThan(0);
    for (const draft of ['So sorry about that.', 'My apologies for the wait.', 'We apologise for this.', 'I APOLOGIZE']) {
      expect(count(draft, 'apology')).toBe(0);
    }
  });

  it('offers fewer empathy lines once the draft shows empathy', () => {
    expect(count(undefined, 'empathy')).toBe(2);
    expect(count('I understand how annoying this is.', 'empathy')).toBe(1);
  });

  it('reads both ends of a draft with a long paste in the middle: the apology above it, the closing below', () => {
    const log = 'ERR 504 gateway timeout at depot scanner\n'.repeat(25_000); // 1 MB
    const draft = `So sorry about that. Here is the log:\n${log}\nKind regards,\nSam`;
    expect(count(draft, 'apology')).toBe(0);
    expect(count(draft, 'closing')).toBe(0);
    expect(count(`Here is the log:\n${log}`, 'apology')).toBeGreaterThan(0);
  });

  it('offers no closing once the draft has one', () => {
    expect(count(undefined, 'closing')).toBeGreaterThan(0);
    expect(count('Let me check.\n\nKind regards,\nSam', 'closing')).toBe(0);
  });

  it('never offers a phrase already in the draft, placeholders filled in or not', () => {
    const ids = () => suggest(undefined).map((s) => s.phrase.id);
    expect(ids()).toContain('delay-update.tracking');
    expect(ids()).toContain('info-gathering.order-number');
    const draft = 'Your parcel is with the courier; the latest scan shows: Leeds depot. Could you send me your ORDER number, so I can check?';
    const after = suggest(draft).map((s) => s.phrase.id);
    expect(after).not.toContain('delay-update.tracking');
    expect(after).not.toContain('info-gathering.order-number');
    expect(after).toContain('delay-update.new-date');
  });

  it('does not mistake a word inside another for the phrase', () => {
    expect(count('Regarding your order: it ships today.', 'closing')).toBeGreaterThan(0);
  });
});
