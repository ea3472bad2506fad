import { describe, expect, it } from 'vitest';
import { TypoCorrector } from './typo-corrector';

const corrector = new TypoCorrector(['refund', 'delivery', 'cancelled', 'order', 'charged', 'charges']);

describe('TypoCorrector', () => {
  it('keeps known words and corrects one typo of any kind', () => {
    expect(corrector.correct('refund')).toBe('refund');
    expect(corrector.correct('refnd')).toBe('refund'); // deletion
    expect(corrector.correct('reffund')).toBe('refund'); // insertion
    expect(corrector.correct('refind')).toBe('refund'); // substitution
    expect(corrector.correct('rfeund')).toBe('refund'); // transposition
  });

  it('allows two typos only in words of 8 letters or more', () => {
    expect(corrector.correct('delivry')).toBe('delivery');
    expect(corrector.correct('dellivry')).toBe('delivery');
    expect(corrector.correct('canceld')).toBeNull(); // 7 letters, two edits from "cancelled"
    expect(corrector.correct('cancellled')).toBe('cancelled');
  });

  it('does not turn a different word into a vocabulary word', () => {
    expect(corrector.correct('refuse')).toBeNull();
    expect(corrector.correct('ordr')).toBeNull(); // too short to correct
    expect(corrector.correct('charity')).toBeNull();
  });

  it('lists every close word, closest first, then alphabetically', () => {
    expect(corrector.corrections('chargez')).toEqual(['charged', 'charges']);
    expect(corrector.corrections('charged')).toEqual(['charged', 'charges']);
  });

  it('corrects shorter words when asked to', () => {
    expect(new TypoCorrector(['sorry'], { minLength: 4 }).correct('sory')).toBe('sorry');
  });
});
