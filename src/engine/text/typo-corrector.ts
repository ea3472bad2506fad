// Typo correction against a fixed vocabulary — the one mechanism behind the analysers' lexicons, the phrase
// triggers (both through TermMatcher) and the search box. It works by deletion neighbourhoods (the SymSpell
// idea): two words within k edits share a string reachable by at most k deletions from each. Every vocabulary
// word's deletions are indexed once, so correcting a word is a few dozen map look-ups.
//
// Why not fuse.js, which the engine used first (one Fuse index per initial letter, top 3 confirmed by edit
// distance)? Measured on the same customer tickets and vocabularies (the "typo correction" table of
// `npm run bench`, tests/bench/typo-correction.ts): per 20 KB ticket the deletion table is 8–20× faster, cold and
// warm (situation lexicon ~1.5 vs ~12–24 ms, trigger words of a 50 000-phrase bank ~1.4 vs ~27 ms, all 52 000
// words of that bank ~3–4 vs ~50–80 ms), and it finds every word within the allowed edits, where Fuse's score
// threshold missed about one single-letter typo in seven. fuse.js only builds faster (52 000 words: ~12 ms vs
// ~60 ms, once per bank), which does not buy back a slower, less complete answer on every ticket and keystroke.
import { editDistanceWithin } from './edit-distance';

const MAX_LENGTH = 24;
const CACHE_LIMIT = 20_000;

/**
 * Edits tolerated between a text word and a vocabulary word: one while either has fewer than 8 letters, two when
 * both have 8 or more. More would turn "refuse" into "refund"; judging by the shorter word keeps a long word from
 * taking two edits to reach a short one ("bullying" is not "billing").
 */
function allowedEdits(a: string, b: string): number {
  return Math.min(a.length, b.length) >= 8 ? 2 : 1;
}

/**
 * How many deletions of a vocabulary word to index so that every text word within the allowed edits shares a
 * deletion with it: one edit needs at most one deletion on each side; two edits are allowed only between words
 * of 8+ letters, so only those need two.
 */
function indexDepth(length: number): number {
  return length >= 8 ? 2 : 1;
}

/**
 * Typos almost never change a word's first letter, and words that differ there are usually different words
 * ("killing"/"billing", "trash"/"crash", "fills"/"bills", "election"/"deletion"). Swapping the first two letters
 * is the common exception ("acnceling", "eprson", "cacount").
 */
function sameStart(word: string, candidate: string): boolean {
  return word[0] === candidate[0] || (word[0] === candidate[1] && word[1] === candidate[0]);
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
      const variants = new Set<string>([word]);
      deletions(word, indexDepth(word.length), variants);
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
    // The most any candidate may be allowed; each candidate is then held to its own allowance.
    const reach = word.length >= 8 ? 2 : 1;
    if (!this.lengthNear(word.length, reach)) return [];
    const distances = new Map<string, number>();
    const consider = (variant: string) => {
      for (const candidate of this.byDeletion.get(variant) ?? []) {
        if (distances.has(candidate) || !sameStart(word, candidate)) continue;
        const allowed = allowedEdits(word, candidate);
        const distance = editDistanceWithin(word, candidate, allowed);
        if (distance <= allowed) distances.set(candidate, distance);
      }
    };
    // Deletions are looked up as they are made; a repeated one only costs a second look-up.
    consider(word);
    for (let i = 0; i < word.length; i++) {
      const once = word.slice(0, i) + word.slice(i + 1);
      consider(once);
      if (reach < 2) continue;
      for (let j = i; j < once.length; j++) consider(once.slice(0, j) + once.slice(j + 1));
    }
    // Closest first; equally close ones alphabetically, so the answer never depends on index order.
    return [...distances].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([candidate]) => candidate);
  }

  /** Whether any vocabulary word is within `reach` letters of this length: most text words are not. */
  private lengthNear(length: number, reach: number): boolean {
    for (let l = length - reach; l <= length + reach; l++) if (this.lengths.has(l)) return true;
    return false;
  }
}
