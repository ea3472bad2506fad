// Typo correction against a fixed vocabulary (trigger words, or every word of the bank for search), by deletion
// neighbourhoods (the SymSpell idea): two words within k edits share a string reachable by at most k deletions
// from each. Every vocabulary word's deletions are indexed once, so correcting a word is a few dozen map
// look-ups instead of a fuzzy scan. Measured: the TermMatcher's own fuse.js correction costs 15–75 ms (p50) the
// first time a 20 KB ticket is read, and a fuse.js search over a 50 000-phrase bank's vocabulary ~60 ms per
// word; this keeps the TermMatcher's rules (one typo under 8 letters, two from 8) in well under a millisecond.
import { editDistanceWithin } from '../text/edit-distance';

const MAX_LENGTH = 24;
const CACHE_LIMIT = 20_000;

/** Edits tolerated in a text word: more would turn "refuse" into "refund". */
function allowedEdits(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

function deletions(word: string, depth: number, into: Set<string>): void {
  if (depth === 0 || word.length <= 1) return;
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (into.has(shorter)) continue;
    into.add(shorter);
    deletions(shorter, depth - 1, into);
  }
}

export interface TypoCorrectorOptions {
  /** Shorter words are never corrected (default 5): in "cat"/"car" a typo and a different word look alike. */
  minLength?: number;
}

export class TypoCorrector {
  private readonly vocabulary: ReadonlySet<string>;
  private readonly byDeletion = new Map<string, string[]>();
  private readonly cache = new Map<string, readonly string[]>();
  private readonly lengths = new Set<number>();

  private readonly minLength: number;

  constructor(words: Iterable<string>, options: TypoCorrectorOptions = {}) {
    this.minLength = options.minLength ?? 5;
    this.vocabulary = new Set(words);
    for (const word of this.vocabulary) {
      if (word.length < this.minLength) continue;
      this.lengths.add(word.length);
      // A word of 8+ letters may carry two typos and be two letters longer or shorter than this one.
      const variants = new Set<string>([word]);
      deletions(word, word.length >= 6 ? 2 : 1, variants);
      for (const variant of variants) {
        const list = this.byDeletion.get(variant);
        if (list) list.push(word);
        else this.byDeletion.set(variant, [word]);
      }
    }
  }

  /** The vocabulary word this word stands for: itself when known, its closest typo correction, or null. */
  correct(word: string): string | null {
    if (this.vocabulary.has(word)) return word;
    return this.corrections(word)[0] ?? null;
  }

  /** Vocabulary words within the allowed typos of this word (itself first when known), closest first, then alphabetical. */
  corrections(word: string): readonly string[] {
    if (word.length < this.minLength || word.length > MAX_LENGTH) return [];
    let found = this.cache.get(word);
    if (found === undefined) {
      found = this.search(word);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(word, found);
    }
    return found;
  }

  private search(word: string): string[] {
    const allowed = allowedEdits(word);
    if (!this.lengthNear(word.length, allowed)) return [];
    const distances = new Map<string, number>();
    const consider = (variant: string) => {
      for (const candidate of this.byDeletion.get(variant) ?? []) {
        if (distances.has(candidate)) continue;
        const distance = editDistanceWithin(word, candidate, allowed);
        if (distance <= allowed) distances.set(candidate, distance);
      }
    };
    // Deletions are looked up as they are made; a repeated one only costs a second look-up.
    consider(word);
    for (let i = 0; i < word.length; i++) {
      const once = word.slice(0, i) + word.slice(i + 1);
      consider(once);
      if (allowed < 2) continue;
      for (let j = i; j < once.length; j++) consider(once.slice(0, j) + once.slice(j + 1));
    }
    // Closest first; equally close ones alphabetically, so the answer never depends on index order.
    return [...distances].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([candidate]) => candidate);
  }

  /** Whether any vocabulary word is within `allowed` letters of this length: most text words are not. */
  private lengthNear(length: number, allowed: number): boolean {
    for (let l = length - allowed; l <= length + allowed; l++) if (this.lengths.has(l)) return true;
    return false;
  }
}
