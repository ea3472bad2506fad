// Properties a caller relies on: same answer for the same input, no crash on odd input, the index-based
// candidate search finds what scoring the whole bank would, and the scorer's precomputed arrays score exactly as
// the plain formula does.
import { describe, expect, it } from 'vitest';
import { CATEGORIES, MOODS, SITUATIONS, TONES, type Analysis, type Bank, type Phrase } from '../types';
import { buildBankIndex } from './bank-index';
import { readDraft } from './draft';
import { analysis, FIXTURE_BANK, phrase } from './fixture-bank';
import { replyPolicy } from './policy';
import { MOOD_MATCH, MOOD_MISMATCH, moodFit, toneFit } from './fit';
import { historyCount } from './history';
import { SITUATION_REASON_LABELS } from './labels';
import {
  answersARequest,
  byScoreThenId,
  DISMISSED_CAP,
  DISMISSED_STEP,
  PICKED_CAP,
  PICKED_STEP,
  SITUATION_ANY,
  SITUATION_MATCH,
  TRIGGER_CAP,
  TRIGGER_FIRST,
  TRIGGER_MORE,
  TicketScorer,
  type ScoringInput,
} from './score';
import { selectSuggestions } from './select';
import { CATEGORY_STAGE } from './stages';
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
    // Some answer a request the customer must have made: they score only when a trigger or a pick lifts them.
    const text = next() < 0.15 ? `${category} {{fill:request}} ${i}` : `${category} ${i}`;
    return phrase(`${category}.p${i}`, text, {
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
    // With a history and without one (then a phrase reached through its bucket is scored from the bucket's part).
    const histories = [{ picked: { [bank.phrases[5]!.id]: 4 }, dismissed: { [bank.phrases[9]!.id]: 2 } }, undefined];
    for (const [[a, text, draft], history] of cases.flatMap((c) => histories.map((h) => [c, h] as const))) {
      const fast = suggester.suggest(a, text, { draft, history, limit: 10 });

      const policy = replyPolicy(a, readDraft(draft));
      const triggersFound = index.triggers.find(text);
      const situations = new Map(a.situations.map((hit) => [hit.id, hit.score / a.situations[0]!.score]));
      const scorer = new TicketScorer(index, { policy, situations, triggersFound, history });
      // The whole bank scored and fully sorted by id strings: no buckets, no id ranks.
      const everything = index.phrases
        .map((p, i) => ({ index: i, phrase: p, category: CATEGORIES.indexOf(p.category), score: scorer.score(i) }))
        .filter((s) => s.score > 0 && !policy.excludedCategories.has(s.phrase.category) && !policy.excludes(index, s.index))
        .sort(byScoreThenId);
      const slow = selectSuggestions(everything, 10, policy).map(({ index: i, phrase: p, score: value }) => ({
        phrase: p,
        stage: CATEGORY_STAGE[p.category],
        score: value,
        reasons: scorer.reasons(i),
      }));
      expect(fast.suggestions).toEqual(slow);
    }
  });
});

/**
 * The score as one plain function of the phrase and the ticket, read straight off the phrase (no precomputed
 * statics, no numbering): how the engine scored phrases before the scorer read arrays built per bank. The same
 * additions in the same order, so the two must agree to the last bit.
 */
function plainScore(phrase: Phrase, phraseTriggers: readonly number[], input: ScoringInput, patterns: readonly string[]) {
  const reasons: string[] = [];
  const { policy } = input;
  let score = 0;
  let situationsMatched = 0;
  if (phrase.situations.length === 0) score += SITUATION_ANY;
  else {
    phrase.situations.forEach((situation, k) => {
      const weight = input.situations.get(situation);
      if (weight === undefined || phrase.situations.indexOf(situation) !== k) return;
      score += SITUATION_MATCH * weight;
      situationsMatched++;
      reasons.push(`situation: ${SITUATION_REASON_LABELS[situation]}`);
    });
  }
  const mood = moodFit(phrase, policy.mood);
  score += mood + toneFit(phrase.tone, policy.mood);
  if (mood === MOOD_MATCH) reasons.push(`mood: ${policy.mood}`);
  let triggerScore = 0;
  for (const n of phraseTriggers) {
    if (!input.triggersFound.has(n)) continue;
    triggerScore += triggerScore === 0 ? TRIGGER_FIRST : TRIGGER_MORE;
    reasons.push(`trigger: "${patterns[n]}"`);
  }
  score += Math.min(triggerScore, TRIGGER_CAP);
  const category = CATEGORIES.indexOf(phrase.category);
  score += policy.bonuses[category]!;
  const bonusReason = policy.bonusReasons[category];
  if (bonusReason && !reasons.includes(bonusReason)) reasons.push(bonusReason);
  const picked = historyCount(input.history?.picked, phrase.id);
  const dismissed = historyCount(input.history?.dismissed, phrase.id);
  if (picked > 0) {
    score += Math.min(PICKED_CAP, PICKED_STEP * Math.log2(1 + picked));
    reasons.push(picked > 1 ? 'you often pick this' : 'you picked this before');
  }
  if (dismissed > 0) score -= Math.min(DISMISSED_CAP, DISMISSED_STEP * Math.log2(1 + dismissed));
  const fitsTicket = (phrase.situations.length === 0 || situationsMatched > 0) && mood !== MOOD_MISMATCH && !answersARequest(phrase);
  return { score, reasons, relevant: fitsTicket || triggerScore > 0 || picked > 0 };
}

describe('the scorer', () => {
  it('gives every phrase the score and reasons of the plain formula, on any ticket', () => {
    const bank = randomBank(600, 3);
    // Odd phrases the validator would refuse but a personal bank may hold (a situation twice, an unknown one), a
    // request slot, and more triggers than the trigger cap counts.
    bank.phrases.push(
      phrase('compromise.many-triggers', 'Many.', { triggers: ['refund', 'late', 'broken', 'manager', 'coupon'] }),
      phrase('policy.twice', 'Twice.', { situations: ['refund', 'refund', 'delivery'], moods: ['calm'] }),
      phrase('policy.unknown', 'Unknown.', { situations: ['nonsense' as never, 'billing'] }),
      phrase('yes-if.request', 'Yes, if {{fill:request}}.', { situations: ['discount'], triggers: ['coupon'] }),
    );
    const index = buildBankIndex(bank.phrases);
    let seed = 5;
    const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const words = ['refund', 'late', 'broken', 'charged twice', 'manager', 'cancelled', 'where is my order', 'coupon'];
    for (let k = 0; k < 40; k++) {
      const detected = Object.fromEntries(SITUATIONS.filter(() => next() < 0.25).map((s) => [s, 0.1 + next()]));
      const a = analysis(detected, MOODS[Math.floor(next() * 3)]!, next() < 0.2);
      const policy = replyPolicy(a, readDraft(['', 'I understand.', 'Kind regards'][k % 3]));
      const top = Math.max(0, ...a.situations.map((hit) => hit.score));
      const input: ScoringInput = {
        policy,
        situations: new Map(a.situations.map((hit) => [hit.id, hit.score / top])),
        triggersFound: index.triggers.find(words.filter(() => next() < 0.3).join(' ')),
        history: k % 2 ? { picked: { [bank.phrases[k]!.id]: k }, dismissed: { [bank.phrases[k + 1]!.id]: 3 } } : undefined,
      };
      const scorer = new TicketScorer(index, input);
      const { triggerStart, triggerList } = index.statics;
      index.phrases.forEach((p, i) => {
        const triggers = [...triggerList.subarray(triggerStart[i]!, triggerStart[i + 1]!)];
        const plain = plainScore(p, triggers, input, index.triggerPatterns);
        const value = scorer.score(i);
        if (plain.relevant) expect(value).toBe(plain.score);
        else expect(value).toBeNaN();
        expect(scorer.reasons(i)).toEqual(plain.reasons);
      });
    }
  });
});
