// Two ways to correct a mistyped word against a vocabulary, measured on the same tickets, to choose the one the
// engine uses (src/engine/text/typo-corrector.ts):
// - fuse.js, as the engine first did: one Fuse index per initial letter over the vocabulary, queried with each
//   unknown word (top 3), the candidate confirmed by edit distance;
// - the deletion table (SymSpell): every vocabulary word's 1- and 2-letter deletions indexed once; a word's own
//   deletions are looked up, the candidates confirmed by the same edit distance.
// Both apply the same rule (one typo in 5–7 letters, two from 8) and both cache answers per word. "cold" = a
// new corrector reading its first ticket (a new tab), "warm" = the same corrector on the next, different ticket.
import Fuse from 'fuse.js';
import { editDistanceWithin } from '../../src/engine/text/edit-distance';
import { tokenise } from '../../src/engine/text/tokenise';
import { TypoCorrector } from '../../src/engine/text/typo-corrector';

interface Corrector {
  correct(word: string): string | null;
}

/** The fuse.js corrector the engine used before, kept here as the measured alternative. */
export class FuseCorrector implements Corrector {
  private readonly indexes = new Map<string, Fuse<string>>();
  private readonly vocabulary: Set<string>;
  private readonly cache = new Map<string, string | null>();

  constructor(words: Iterable<string>, private readonly minLength = 5) {
    this.vocabulary = new Set(words);
    const byInitial = new Map<string, string[]>();
    for (const word of this.vocabulary) {
      if (word.length < minLength) continue;
      const bucket = byInitial.get(word[0]!) ?? [];
      bucket.push(word);
      byInitial.set(word[0]!, bucket);
    }
    for (const [initial, bucket] of byInitial) {
      this.indexes.set(initial, new Fuse(bucket, { includeScore: true, threshold: 0.4, ignoreLocation: true }));
    }
  }

  correct(word: string): string | null {
    if (this.vocabulary.has(word)) return word;
    if (word.length < this.minLength || word.length > 24) return null;
    let found = this.cache.get(word);
    if (found === undefined) {
      const allowed = word.length >= 8 ? 2 : 1;
      found = null;
      for (const result of this.indexes.get(word[0]!)?.search(word, { limit: 3 }) ?? []) {
        if (editDistanceWithin(word, result.item, allowed) <= allowed) {
          found = result.item;
          break;
        }
      }
      this.cache.set(word, found);
    }
    return found;
  }
}

export interface CorrectionFigures {
  vocabulary: string;
  words: number;
  approach: 'fuse.js' | 'deletion table';
  buildMs: number;
  /** Per ticket size: cold and warm milliseconds (median over the pool). */
  tickets: { size: string; coldMs: number; warmMs: number }[];
  /** Corrections found over all tickets, to check both read the tickets alike. */
  corrected: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function correctAll(corrector: Corrector, words: readonly string[]): number {
  let corrected = 0;
  for (const word of words) {
    const found = corrector.correct(word);
    if (found !== null && found !== word) corrected++;
  }
  return corrected;
}

export function compareCorrectors(
  name: string,
  vocabulary: readonly string[],
  minLength: number,
  pools: { size: string; tickets: readonly string[] }[],
): CorrectionFigures[] {
  const makers: [CorrectionFigures['approach'], () => Corrector][] = [
    ['fuse.js', () => new FuseCorrector(vocabulary, minLength)],
    ['deletion table', () => new TypoCorrector(vocabulary, { minLength })],
  ];
  return makers.map(([approach, make]) => {
    let started = performance.now();
    make();
    const buildMs = performance.now() - started;
    let corrected = 0;
    const tickets = pools.map(({ size, tickets: texts }) => {
      const cold: number[] = [];
      const warm: number[] = [];
      const words = texts.map((t) => tokenise(t).map((token) => token.word));
      for (let i = 0; i < words.length; i++) {
        const corrector = make();
        started = performance.now();
        corrected += correctAll(corrector, words[i]!);
        cold.push(performance.now() - started);
        started = performance.now();
        correctAll(corrector, words[(i + 1) % words.length]!);
        warm.push(performance.now() - started);
      }
      return { size, coldMs: median(cold), warmMs: median(warm) };
    });
    return { vocabulary: name, words: vocabulary.length, approach, buildMs, tickets, corrected };
  });
}
