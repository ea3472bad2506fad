import { describe, expect, it } from 'vitest';
import { TermMatcher } from './term-matcher';
import { tokenise } from './tokenise';

const matcher = new TermMatcher([
  { pattern: 'refund', value: 'refund' },
  { pattern: 'charged twice', value: 'billing' },
  { pattern: 'where is my order', value: 'delivery' },
  { pattern: 'delivery', value: 'delivery' },
  { pattern: 'cancel*', value: 'cancellation' },
]);

const found = (text: string) => matcher.match(text).map((h) => [h.value, text.slice(h.start, h.end), h.fuzzy]);

describe('tokenise', () => {
  it('lower-cases words, keeps inner apostrophes straightened and reports offsets into the original', () => {
    const text = 'I DON’T want—this!';
    expect(tokenise(text).map((t) => [t.word, text.slice(t.start, t.end)])).toEqual([
      ['i', 'I'],
      ["don't", 'DON’T'],
      ['want', 'want'],
      ['this', 'this'],
    ]);
  });
});

describe('TermMatcher', () => {
  it('finds multi-word terms with their span in the original text', () => {
    expect(found('Hello, WHERE is my order?? It was due Monday')).toEqual([['delivery', 'WHERE is my order', false]]);
  });

  it('finds the terms starting at one word in the order given, whatever follows it', () => {
    const sharing = new TermMatcher([
      { pattern: 'not happy', value: 1 },
      { pattern: 'not', value: 2 },
      { pattern: 'not working*', value: 3 },
      { pattern: 'not at all', value: 4 },
    ]);
    const values = (text: string) => sharing.match(text).map((h) => h.value);
    expect(values('not happy')).toEqual([1, 2]);
    expect(values('not workingg at all')).toEqual([2, 3]);
    expect(values('not at all')).toEqual([2, 4]);
    // The next word is no term's second word, or there is none: only the one-word term.
    expect(values('not sure')).toEqual([2]);
    expect(values('it is not')).toEqual([2]);
  });

  it('matches prefix words', () => {
    expect(found('I want to cancel. Cancellation fee?')).toEqual([
      ['cancellation', 'cancel', false],
      ['cancellation', 'Cancellation', false],
    ]);
  });

  it('tolerates a typo in a long enough word, inside multi-word terms too', () => {
    expect(found('I need a refnd, you chrged twice')).toEqual([
      ['refund', 'refnd', true],
      ['billing', 'chrged twice', true],
    ]);
    expect(found('delivry was late')).toEqual([['delivery', 'delivry', true]]);
  });

  it('does not turn a different word into a term', () => {
    expect(found('I refuse to pay for delicate items')).toEqual([]);
  });

  it('does not match a term inside a longer word', () => {
    expect(found('refundable deliveryman')).toEqual([]);
  });

  it('reads a word a prefix covers as that prefix, never as a typo of another word', () => {
    const tracking = new TermMatcher([
      { pattern: 'track*', value: 'track' },
      { pattern: 'trading', value: 'trading' },
      { pattern: 'order status', value: 'status' },
      { pattern: 'order*', value: 'order' },
    ]);
    const read = (text: string) => tracking.match(text).map((h) => [h.value, text.slice(h.start, h.end), h.fuzzy]);
    expect(read('tracking it')).toEqual([['track', 'tracking', false]]);
    expect(read('tradng it')).toEqual([['trading', 'tradng', true]]);
    expect(read('orders status')).toEqual([
      ['status', 'orders status', false],
      ['order', 'orders', false],
    ]);
  });
});
