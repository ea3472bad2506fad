// Each scoring rule on its own: a tiny bank where only that rule can tell two phrases apart.
import { describe, expect, it } from 'vitest';
import type { Phrase } from '../types';
import { analysis, phrase } from './fixture-bank';
import { createSuggester } from '.';
import type { SuggestContext } from './types';

function rank(phrases: Phrase[], a = analysis(), text = '', context: SuggestContext = {}) {
  return createSuggester({ phrases, rules: [], playbooks: [] }).suggest(a, text, context).suggestions;
}
const ids = (suggestions: { phrase: Phrase }[]) => suggestions.map((s) => s.phrase.id);

describe('situation fit', () => {
  const bank = [
    phrase('apology.a-any', 'Sorry about this.'),
    phrase('apology.b-late', 'Sorry your order is late.', { situations: ['delivery'] }),
    phrase('apology.c-refund', 'Sorry your refund is slow.', { situations: ['refund'] }),
  ];

  it('ranks a phrase for the detected situation above one for any situation, and says why', () => {
    const result = rank(bank, analysis({ delivery: 0.9 }));
    expect(ids(result)).toEqual(['apology.b-late', 'apology.a-any']);
    expect(result[0]!.reasons).toContain('situation: late delivery');
    expect(result[1]!.reasons).toEqual([]);
  });

  it('weighs situations by their detected score', () => {
    const specific = bank.slice(1);
    expect(ids(rank(specific, analysis({ delivery: 0.9, refund: 0.3 })))).toEqual(['apology.b-late', 'apology.c-refund']);
    expect(ids(rank(specific, analysis({ delivery: 0.3, refund: 0.9 })))).toEqual(['apology.c-refund', 'apology.b-late']);
  });
});

describe('mood fit', () => {
  const bank = [
    phrase('ownership.a-calm', 'I will look into it.', { moods: ['calm'] }),
    phrase('ownership.b-any', 'I am on it.'),
    phrase('ownership.c-angry', 'This is on us and I will fix it.', { moods: ['angry'] }),
  ];

  it('puts the phrase written for the mood first and the one for another mood last', () => {
    const angry = rank(bank, analysis({}, 'angry'), '', { limit: 3 });
    expect(ids(angry)).toEqual(['ownership.c-angry', 'ownership.b-any']);
    expect(angry[0]!.reasons).toContain('mood: angry');
    const calm = rank(bank, analysis({}, 'calm'));
    expect(ids(calm)).toEqual(['ownership.a-calm', 'ownership.b-any']);
  });
});

describe('triggers', () => {
  const bank = [
    phrase('policy.a-plain', 'Refunds take five days.', { situations: ['refund'] }),
    phrase('policy.b-money-back', 'You will have your money back within five days.', {
      situations: ['refund'],
      triggers: ['money back', 'refund'],
    }),
  ];

  it('raises a phrase whose trigger is in the customer text and names the trigger', () => {
    expect(ids(rank(bank, analysis({ refund: 1 }), 'Hello'))).toEqual(['policy.a-plain', 'policy.b-money-back']);
    const result = rank(bank, analysis({ refund: 1 }), 'I just want my MONEY back.');
    expect(ids(result)).toEqual(['policy.b-money-back', 'policy.a-plain']);
    expect(result[0]!.reasons).toContain('trigger: "money back"');
  });

  it('finds triggers through typos', () => {
    expect(rank(bank, analysis({ refund: 1 }), 'can I get a refnud')[0]!.reasons).toContain('trigger: "refund"');
  });

  it('reaches a phrase for another situation when the customer uses its words', () => {
    const charged = phrase('apology.charged', 'Sorry for the double charge.', {
      situations: ['billing'],
      triggers: ['charged twice'],
    });
    expect(ids(rank([charged], analysis({ delivery: 1 }), 'My order is late'))).toEqual([]);
    expect(ids(rank([charged], analysis({ delivery: 1 }), 'My order is late and I was charged twice'))).toEqual([
      'apology.charged',
    ]);
  });
});

describe('agent history', () => {
  const bank = [
    phrase('policy.a-fit', 'Orders ship in two days.', { situations: ['delivery'] }),
    phrase('policy.b-generic', 'Our policy is on the website.'),
    phrase('policy.c-favourite', 'Happy to explain the policy.'),
  ];

  it('lifts a favourite above its equals, saying so, but never above a clearly better fit', () => {
    const context = { limit: 2, history: { picked: { 'policy.c-favourite': 1000 }, dismissed: {} } };
    const result = rank(bank, analysis({ delivery: 1 }), '', context);
    expect(ids(result)).toEqual(['policy.a-fit', 'policy.c-favourite']);
    expect(result[1]!.reasons).toContain('you often pick this');
    const once = rank(bank, analysis({ delivery: 1 }), '', { limit: 2, history: { picked: { 'policy.c-favourite': 1 }, dismissed: {} } });
    expect(once[1]!.reasons).toContain('you picked this before');
  });

  it('lowers a phrase the agent keeps dismissing', () => {
    const context = { limit: 2, history: { picked: {}, dismissed: { 'policy.b-generic': 3 } } };
    expect(ids(rank(bank, analysis({ delivery: 1 }), '', context))).toEqual(['policy.a-fit', 'policy.c-favourite']);
    expect(ids(rank(bank, analysis({ delivery: 1 }), '', { limit: 2 }))).toEqual(['policy.a-fit', 'policy.b-generic']);
  });
});

describe('tone', () => {
  it('prefers warm words for an upset customer', () => {
    const bank = [phrase('policy.a-formal', 'Please note the policy.', { tone: 'formal' }), phrase('policy.b-warm', 'Here is how it works.', { tone: 'warm' })];
    expect(ids(rank(bank, analysis({}, 'frustrated')))).toEqual(['policy.b-warm', 'policy.a-formal']);
  });

  it('prefers formal or neutral words for a calm one', () => {
    const bank = [phrase('policy.a-warm', 'Here is how it works.', { tone: 'warm' }), phrase('policy.b-formal', 'Please note the policy.', { tone: 'formal' })];
    expect(ids(rank(bank, analysis({}, 'calm')))).toEqual(['policy.b-formal', 'policy.a-warm']);
  });
});
