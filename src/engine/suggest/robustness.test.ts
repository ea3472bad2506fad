// Properties a caller relies on: same answer for the same input, no crash on odd input, and the index-based
// candidate search finds what scoring the whole bank would.
import { describe, expect, it } from 'vitest';
import { CATEGORIES, MOODS, SITUATIONS, TONES, type Analysis, type Bank, type Phrase } from '../types';
import { buildBankIndex } from './bank-index';
import { readDraft } from './draft';
import { analysis, FIXTURE_BANK, phrase } from './fixture-bank';
import { replyPolicy } from './policy';
import { byScoreThenId, scorePhrase } from './score';
import { selectSuggestions } from './select';
import { createSuggester } from '.';

const EMPTY_BANK: Bank = { phrases: [], rules: [], playbooks: [] };

describe('determinism', () => {
  it('gives the same suggestions whatever the order of the bank', () => {
    const a = analysis({ delivery: 1, refund: 0.5 }, 'frustrated');
    const text = 'Where is my order? I want a refund.';
    const forward = createSuggester(FIXTURE_BANK).suggest(a, text);
    const reversed = createSuggester({ ...FIXTURE_BANK, phrases: [...FIXTURE_BANK.phrases].reverse() }).suggest(a, text);
    expect(reversed).toEqual(forward);
  });

  it('breaks ties by phrase id', () => {
    const twins = [phrase('policy.b', 'Same words.'), phrase('policy.a', 'Same words, again.')];
    const result = createSuggester({ ...EMPTY_BANK, phrases: twins }).suggest(analysis(), '');
    expect(result.suggestions.map((s) => s.phrase.id)).toEqual(['policy.a', 'policy.b']);
    expect(result.suggestions[0]!.score).toBe(result.suggestions[1]!.score);
  });
});

describe('odd input', () => {
  it('answers an empty bank or empty text with no suggestions rather than an error', () => {
    expect(createSuggester(EMPTY_BANK).suggest(analysis({ delivery: 1 }, 'angry', true), 'Where is my order?')).toEqual({
      suggestions: [],
      playbook: undefined,
    });
    expect(createSuggester(EMPTY_BANK).search('refund')).toEqual([]);
    expect(createSuggester(FIXTURE_BANK).suggest(analysis(), '').suggestions.length).toBeGreaterThan(0);
  });

  it('survives a malformed analysis, context and limit', () => {
    const suggester = createSuggester(FIXTURE_BANK);
    const broken = { situations: [{ id: 'nonsense', score: Number.NaN }], mood: {} } as unknown as Analysis;
    expect(() => suggester.suggest(broken, undefined as unknown as string)).not.toThrow();
    expect(() => suggester.suggest({} as Analysis, 'x', { history: { picked: { x: -1 } } as never })).not.toThrow();
    expect(suggester.suggest(analysis(), '', { limit: 0 }).suggestions).toEqual([]);
    expect(suggester.suggest(analysis(), '', { limit: -3 }).suggestions).toEqual([]);
    expect(suggester.suggest(analysis(), '', { limit: Number.NaN }).suggestions.length).toBeGreaterThan(0);
  });

  it('never shows a phrase the agent hid for this ticket', () => {
    const suggester = createSuggester(FIXTURE_BANK);
    const a = analysis({ delivery: 1 }, 'angry');
    const first = suggester.suggest(a, 'Where is my order?').suggestions[0]!.phrase.id;
    const ids = suggester.suggest(a, 'Where is my order?', { exclude: [first] }).suggestions.map((s) => s.phrase.id);
    expect(ids).not.toContain(first);
  });
});

/** A bank big enough that reading only the top of each bucket could miss something. */
function randomBank(size: number, seed: number): Bank {
  let state = seed;
  const next = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const triggerWords = ['refund', 'late', 'broken', 'charged twice', 'manager', 'cancel*', 'where is my order', 'coupon'];
  const phrases: Phrase[] = Array.from({ length: size }, (_, i) => {
    const category = pick(CATEGORIES);
    return phrase(`${category}.p${i}`, `${category} ${i}`, {
      situations: next() < 0.3 ? [] : [pick(SITUATIONS), ...(next() < 0.3 ? [pick(SITUATIONS)] : [])],
      moods: next() < 0.5 ? [] : [pick(MOODS)],
      triggers: next() < 0.4 ? [pick(triggerWords)] : [],
      tone: pick(TONES),
      length: next() < 0.5 ? 'short' : 'long',
    });
  });
  return { phrases, rules: [], playbooks: [] };
}

describe('index-based candidates', () => {
  it('find the same suggestions as scoring every phrase of the bank', () => {
    const bank = randomBank(3000, 7);
    const suggester = createSuggester(bank);
    const index = buildBankIndex(bank.phrases);
    const cases: [Analysis, string, string][] = [
      [analysis({ delivery: 1 }, 'angry'), 'Where is my order? It is late.', ''],
      [analysis({ refund: 0.8, billing: 0.6 }, 'calm'), 'I was charged twice, refund please', 'Sorry about that.'],
      [analysis({ complaint: 1 }, 'frustrated', true), 'Get me your manager', 'Kind regards'],
      [analysis({}, 'calm'), 'I have a coupon', ''],
    ];
    let seed = 11;
    const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const words = ['refund', 'late', 'broken', 'charged twice', 'manager', 'cancelled', 'where is my order', 'coupon', 'hello'];
    for (let k = 0; k < 30; k++) {
      const detected = Object.fromEntries(SITUATIONS.filter(() => next() < 0.2).map((s) => [s, 0.2 + next()]));
      const text = words.filter(() => next() < 0.3).join(' ');
      const draft = ['', 'I understand.', 'So sorry!', 'Best regards'][Math.floor(next() * 4)]!;
      cases.push([analysis(detected, MOODS[Math.floor(next() * 3)]!, next() < 0.2), text, draft]);
    }
    for (const [a, text, draft] of cases) {
      const history = { picked: { [bank.phrases[5]!.id]: 4 }, dismissed: { [bank.phrases[9]!.id]: 2 } };
      const fast = suggester.suggest(a, text, { draft, history, limit: 10 });

      const policy = replyPolicy(a, readDraft(draft));
      const triggersFound = index.triggers.find(text);
      const situations = new Map(a.situations.map((hit) => [hit.id, hit.score / a.situations[0]!.score]));
      const input = { policy, situations, triggersFound, triggerPatterns: index.triggerPatterns, history };
      const everything = index.phrases
        .map((p, i) => scorePhrase(i, p, index.phraseTriggers[i]!, input))
        .filter((s) => s.relevant && s.score > 0 && !policy.excludedCategories.has(s.phrase.category) && !policy.excludes(s.phrase))
        .sort(byScoreThenId);
      const slow = selectSuggestions(everything, 10, policy);
      expect(fast.suggestions).toEqual(slow);
    }
  });
});
