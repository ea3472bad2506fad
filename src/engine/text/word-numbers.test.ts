import { describe, expect, it } from 'vitest';
import { tokenise } from './tokenise';
import { numberWords } from './word-numbers';

describe('numberWords', () => {
  it('gives a word the same number wherever it stands, and different words different numbers', () => {
    const { numbers } = numberWords(tokenise('refund the refund, not the order'));
    expect(numbers[0]).toBe(numbers[2]);
    expect(numbers[1]).toBe(numbers[4]);
    expect(new Set(numbers).size).toBe(4);
    const again = numberWords(tokenise('order refund')).numbers;
    expect(again).toEqual([numbers[5], numbers[0]]);
  });

  it('keeps thousands of words apart, and starts over (a new generation) rather than grow without end', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    const first = numberWords(tokenise(many));
    expect(new Set(first.numbers).size).toBe(5_000);
    let latest = first;
    for (let round = 1; round <= 5 && latest.generation === first.generation; round++) {
      latest = numberWords(tokenise(Array.from({ length: 5_000 }, (_, i) => `r${round}y${i.toString(36)}`).join(' ')));
    }
    expect(latest.generation).not.toBe(first.generation);
    expect(new Set(latest.numbers).size).toBe(5_000);
  });
});
