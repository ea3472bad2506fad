import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistanceWithin } from './edit-distance';
import { TypoCorrector } from './typo-corrector';

const corrector = new TypoCorrector(['refund', 'delivery', 'cancelled', 'order', 'charged', 'charges', 'billing', 'account']);

describe('TypoCorrector', () => {
  it('keeps known words and corrects one typo of any kind', () => {
    expect(corrector.correct('refund')).toBe('refund');
    expect(corrector.correct('refnd')).toBe('refund'); // deletion
    expect(corrector.correct('reffund')).toBe('refund'); // insertion
    expect(corrector.correct('refind')).toBe('refund'); // substitution
    expect(corrector.correct('rfeund')).toBe('refund'); // transposition
  });

  it('allows two typos only between words of 8 letters or more', () => {
    expect(corrector.correct('delivry')).toBe('delivery');
    expect(corrector.correct('dellivry')).toBe('delivery');
    expect(corrector.correct('canceld')).toBeNull(); // 7 letters, two edits from "cancelled"
    expect(corrector.correct('cancellled')).toBe('cancelled');
    expect(corrector.correct('bullying')).toBeNull(); // 8 letters, but "billing" has 7: one edit only
  });

  it('does not turn a different word into a vocabulary word', () => {
    expect(corrector.correct('refuse')).toBeNull();
    expect(corrector.correct('ordr')).toBeNull(); // too short to correct
    expect(corrector.correct('charity')).toBeNull();
  });

  it('keeps the first letter, except when the first two letters are swapped', () => {
    expect(corrector.correct('killing')).toBeNull();
    expect(corrector.correct('efund')).toBeNull();
    expect(corrector.correct('erfund')).toBe('refund');
    expect(corrector.correct('cacount')).toBe('account');
  });

  it('lists every close word, closest first, then alphabetically', () => {
    expect(corrector.corrections('chargez')).toEqual(['charged', 'charges']);
    expect(corrector.corrections('charged')).toEqual(['charged', 'charges']);
  });

  it('corrects shorter words when asked to', () => {
    expect(new TypoCorrector(['sorry'], { minLength: 4 }).correct('sory')).toBe('sorry');
  });

  it('finds exactly the words a full scan of the vocabulary finds', () => {
    // The deletion index is a shortcut: it must never miss a word the rule allows, nor add one it does not.
    const word = fc.stringMatching(/^[abcde]{3,10}$/);
    // A typed word is often one or two random edits away from a vocabulary word, so close pairs are common.
    const edit = fc.tuple(fc.constantFrom('delete', 'insert', 'substitute', 'swap'), fc.nat(), fc.constantFrom(...'abcde'));
    const mutate = (base: string, edits: [string, number, string][]) =>
      edits.reduce((w, [kind, at, letter]) => {
        const i = at % Math.max(1, w.length);
        if (kind === 'delete') return w.slice(0, i) + w.slice(i + 1);
        if (kind === 'insert') return w.slice(0, i) + letter + w.slice(i);
        if (kind === 'substitute') return w.slice(0, i) + letter + w.slice(i + 1);
        return i + 1 < w.length ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w;
      }, base);
    const cases = fc.uniqueArray(word, { minLength: 1, maxLength: 30 }).chain((vocabulary) =>
      fc.tuple(
        fc.constant(vocabulary),
        fc.oneof(word, fc.tuple(fc.constantFrom(...vocabulary), fc.array(edit, { maxLength: 2 })).map(([b, e]) => mutate(b, e))),
      ),
    );
    fc.assert(
      fc.property(cases, ([vocabulary, typed]) => {
        const expected = vocabulary
          .filter((v) => v.length >= 5 && typed.length >= 5)
          .filter((v) => v[0] === typed[0] || (v[0] === typed[1] && v[1] === typed[0]))
          .filter((v) => {
            const allowed = Math.min(v.length, typed.length) >= 8 ? 2 : 1;
            return editDistanceWithin(typed, v, allowed) <= allowed;
          });
        expect([...new TypoCorrector(vocabulary).corrections(typed)].sort()).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
  });
});
