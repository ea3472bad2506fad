// The shape of the whole set of suggestions: what leads for each kind of customer, reply order and variety.
import { describe, expect, it } from 'vitest';
import { REPLY_STAGES, type Category, type Suggestion } from '../types';
import { analysis, FIXTURE_BANK, phrase } from './fixture-bank';
import { createSuggester } from '.';

const suggester = createSuggester(FIXTURE_BANK);
const categories = (suggestions: Suggestion[]) => suggestions.map((s) => s.phrase.category);

describe('abusive customer', () => {
  const result = suggester.suggest(analysis({ refund: 1 }, 'angry', true), 'Refund me now, you useless idiots.');

  it('leads with boundaries, then de-escalation and hand-off', () => {
    expect(categories(result.suggestions).slice(0, 2)).toEqual(['boundary', 'boundary']);
    expect(result.suggestions[0]!.reasons).toContain('abusive language: set a boundary');
    expect(categories(result.suggestions)).toContain('de-escalation');
    expect(categories(result.suggestions)).toContain('escalation-handoff');
  });

  it('offers no "yes, if" or compromise, even when its trigger is there', () => {
    expect(categories(result.suggestions)).not.toContain('yes-if');
    expect(categories(result.suggestions)).not.toContain('compromise');
    const polite = suggester.suggest(analysis({ refund: 1 }, 'angry', false), 'Refund me now.');
    expect(categories(polite.suggestions)).toContain('yes-if');
  });
});

describe('upset customer', () => {
  const result = suggester.suggest(analysis({ delivery: 1 }, 'angry'), 'Where is my order? Still waiting!');

  it('opens with empathy and owns it with an apology, with no boundary talk', () => {
    expect(result.suggestions[0]!.phrase.category).toBe('empathy');
    expect(categories(result.suggestions)).toContain('apology');
    expect(categories(result.suggestions)).not.toContain('boundary');
  });
});

describe('calm customer', () => {
  const result = suggester.suggest(analysis({ refund: 1 }), 'Hi, could I get a refund for my order?');

  it('skips heavy empathy and de-escalation and gets to the point', () => {
    expect(categories(result.suggestions)).not.toContain('de-escalation');
    expect(result.suggestions.some((s) => s.phrase.category === 'empathy' && s.phrase.length === 'long')).toBe(false);
    expect(result.suggestions.filter((s) => s.stage === 'acknowledge').length).toBeLessThanOrEqual(1);
    const address = result.suggestions.filter((s) => s.stage === 'address').length;
    for (const stage of REPLY_STAGES) {
      expect(result.suggestions.filter((s) => s.stage === stage).length).toBeLessThanOrEqual(address);
    }
  });
});

describe('acknowledgement caps', () => {
  // Acknowledgements that fit the ticket well, so only the caps keep them down.
  const suggester = createSuggester({
    rules: [],
    playbooks: [],
    phrases: [
      ...Array.from({ length: 4 }, (_, i) =>
        phrase(`empathy.e${i}`, `Empathy ${i}.`, { situations: ['delivery'], moods: ['calm', 'angry'], triggers: ['late'] }),
      ),
      ...Array.from({ length: 4 }, (_, i) => phrase(`policy.p${i}`, `Policy ${i}.`, { situations: ['delivery'] })),
    ],
  });
  const empathy = (suggestions: Suggestion[]) => suggestions.filter((s) => s.phrase.category === 'empathy').length;

  it('gives a calm customer one acknowledgement at most', () => {
    expect(empathy(suggester.suggest(analysis({ delivery: 1 }, 'angry'), 'late').suggestions)).toBe(2);
    expect(empathy(suggester.suggest(analysis({ delivery: 1 }, 'calm'), 'late').suggestions)).toBe(1);
  });

  it('offers one empathy line at most once the draft shows empathy', () => {
    const context = { draft: 'I can imagine how annoying that is.' };
    expect(empathy(suggester.suggest(analysis({ delivery: 1 }, 'angry'), 'late', context).suggestions)).toBe(1);
  });
});

describe('reply order and variety', () => {
  // Many strong phrases per category, so only the caps keep the list varied.
  const crowded = createSuggester({
    rules: [],
    playbooks: [],
    phrases: (['empathy', 'apology', 'policy', 'delay-update', 'info-gathering', 'compromise', 'follow-up', 'closing'] as Category[]).flatMap(
      (category) =>
        Array.from({ length: 6 }, (_, i) =>
          phrase(`${category}.p${i}`, `${category} line ${i}`, { situations: ['delivery'], moods: ['angry'], triggers: ['late'] }),
        ),
    ),
  });

  for (const [label, suggest] of [
    ['fixture bank', () => suggester.suggest(analysis({ delivery: 1, waiting: 0.5 }, 'frustrated'), 'Where is my order?')],
    ['crowded bank', () => crowded.suggest(analysis({ delivery: 1 }, 'angry'), 'It is late', { limit: 10 })],
  ] as const) {
    it(`${label}: follows acknowledge → own → address → next step → close, best first within a stage`, () => {
      const { suggestions } = suggest();
      const order = suggestions.map((s) => REPLY_STAGES.indexOf(s.stage));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      suggestions.forEach((s, i) => {
        const next = suggestions[i + 1];
        if (next && next.stage === s.stage) expect(s.score).toBeGreaterThanOrEqual(next.score);
      });
    });

    it(`${label}: at most 2 per category, 3 per stage, and at least 4 stages`, () => {
      const { suggestions } = suggest();
      const count = (key: (s: Suggestion) => string) => {
        const counts = new Map<string, number>();
        for (const s of suggestions) counts.set(key(s), (counts.get(key(s)) ?? 0) + 1);
        return Math.max(...counts.values());
      };
      expect(count((s) => s.phrase.category)).toBeLessThanOrEqual(2);
      expect(count((s) => s.stage)).toBeLessThanOrEqual(3);
      expect(new Set(suggestions.map((s) => s.stage)).size).toBeGreaterThanOrEqual(4);
    });
  }

  it('returns as many as asked for, when the bank has them', () => {
    expect(crowded.suggest(analysis({ delivery: 1 }, 'angry'), '', { limit: 3 }).suggestions).toHaveLength(3);
    expect(crowded.suggest(analysis({ delivery: 1 }, 'angry'), '').suggestions).toHaveLength(8);
  });
});
