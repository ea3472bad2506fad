import { describe, expect, it } from 'vitest';
import { tokenise } from '../text/tokenise';
import { readWeightedTerms, WeightedLexicon } from './lexicon';

const terms = [
  { pattern: 'where is ... order', weight: 3, value: 'delivery' },
  { pattern: 'track*', weight: 3, value: 'delivery' },
  { pattern: 'charged', weight: 2, value: 'billing' },
  { pattern: 'refund*', weight: 3, value: 'refund' },
];
const lexicon = new WeightedLexicon(terms, { plainWords: ['changed'] });
const found = (l: WeightedLexicon<string>, text: string) =>
  l.match(tokenise(text)).map((h) => [h.value, text.slice(h.start, h.end), h.weight]);
const match = (text: string) => found(lexicon, text);

describe('WeightedLexicon', () => {
  it('matches gapped patterns across up to three words, spanning the whole phrase', () => {
    expect(match('Where is my last big order?')).toEqual([['delivery', 'Where is my last big order', 3]]);
    expect(match('where is the one I placed on Monday order')).toEqual([]);
  });

  it('matches a word a prefix covers instead of reading it as a typo of another word', () => {
    expect(match('tracking it now')).toEqual([['delivery', 'tracking', 3]]);
  });

  it('never reads a plain word as a typo, but still reads real typos', () => {
    expect(found(new WeightedLexicon(terms), 'my address changed')).toEqual([['billing', 'changed', 2]]);
    expect(match('my address changed')).toEqual([]);
    expect(match('you chrged me, I want a refnd')).toEqual([
      ['billing', 'chrged', 2],
      ['refund', 'refnd', 3],
    ]);
  });
});

describe('readWeightedTerms', () => {
  it('names the file, list and entry of a broken term', () => {
    expect(() => readWeightedTerms('x.json', 'refund', [{ pattern: 'refund', weight: 'high' }])).toThrow(
      'x.json: refund[0] ("refund"): "weight" must be a number',
    );
    expect(() => readWeightedTerms('x.json', 'refund', 'refund')).toThrow('x.json: "refund" must be a list');
  });
});
