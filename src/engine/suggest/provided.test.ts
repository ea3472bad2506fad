// "Already provided": a question for something the customer's message already holds is not offered.
import { describe, expect, it } from 'vitest';
import { buildBankIndex } from './bank-index';
import { analysis, FIXTURE_BANK, phrase } from './fixture-bank';
import { readProvided } from './provided';
import { createSuggester } from '.';

describe('readProvided', () => {
  it.each([
    ['ORDER #4417 is still not here', 'order number'],
    ['I placed order 55821 yesterday', 'order number'],
    ['Order number: AB-12345', 'order number'],
    ['order no. 9981 arrived broken', 'order number'],
    ['my login is jane.doe@example.com', 'email address'],
    ["I've attached a photo of the cracked lid", 'photo'],
    ['Screenshots attached.', 'photo'],
    ['I used the code SPRING20 at checkout', 'promo code'],
  ])('finds it in %j', (text, fact) => {
    expect(readProvided(text).facts).toContain(fact);
  });

  it.each([
    'Where is my order? It was due last week.',
    'I ordered 2 mugs in 2023 and loved them',
    'My email to you bounced',
    'Do you need a photo?',
    'The discount code did not work',
  ])('finds nothing in %j', (text) => {
    expect(readProvided(text).facts).toEqual([]);
  });

  it('silences only questions: a phrase that mentions an order number without asking for it stays', () => {
    const given = readProvided('Order #4417');
    const ask = phrase('info-gathering.order', 'Could you send me your order number?');
    const tell = phrase('delay-update.order', 'The revised date for order number {{fill:order_number}} is Friday.');
    const index = buildBankIndex([ask, tell]);
    expect(given.alreadyAnswered(index, 0)).toBe(true);
    expect(given.alreadyAnswered(index, 1)).toBe(false);
    expect(readProvided('Where is it?').alreadyAnswered(index, 0)).toBe(false);
  });
});

describe('suggestions', () => {
  const suggester = createSuggester(FIXTURE_BANK);
  const ids = (text: string) => suggester.suggest(analysis({ delivery: 1 }), text).suggestions.map((s) => s.phrase.id);

  it('ask for the order number only when the customer has not given it', () => {
    expect(ids('Where is my order? Still nothing.')).toContain('info-gathering.order-number');
    expect(ids('Where is my order #4417? Still nothing.')).not.toContain('info-gathering.order-number');
  });
});
