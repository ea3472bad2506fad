import Fuse from 'fuse.js';
import { editDistanceWithin } from './edit-distance';
import { tokenise, type Token } from './tokenise';

/**
 * A term is a short word sequence to find in text ("charged twice", "where is my order"). A word ending in
 * `*` matches by prefix ("cancel*" finds "cancelled", "cancellation").
 */
export interface Term<T> {
  pattern: string;
  value: T;
}

export interface TermHit<T> {
  value: T;
  pattern: string;
  /** Offsets into the matched text. */
  start: number;
  end: number;
  /** True when a typo-tolerant match stood in for at least one word. */
  fuzzy: boolean;
}

export interface TermMatcherOptions {
  /** Tolerate typos in words of at least this many letters (default 5); 0 turns fuzzy matching off. */
  fuzzyMinLength?: number;
}

interface CompiledWord {
  text: string;
  prefix: boolean;
}

interface CompiledTerm<T> {
  term: Term<T>;
  words: CompiledWord[];
}

const MAX_FUZZY_WORD = 24;
const CACHE_LIMIT = 20_000;

function compileWords(pattern: string): CompiledWord[] {
  const words: CompiledWord[] = [];
  for (const piece of pattern.trim().split(/\s+/)) {
    const prefix = piece.endsWith('*');
    const parts = tokenise(prefix ? piece.slice(0, -1) : piece).map((t) => t.word);
    parts.forEach((text, i) => words.push({ text, prefix: prefix && i === parts.length - 1 }));
  }
  return words;
}

function wordMatches(word: CompiledWord, token: string): boolean {
  return word.prefix ? token.startsWith(word.text) : token === word.text;
}

/**
 * Finds many terms in text in one pass over its tokens. Exact words are looked up in a map; a word that is not
 * in the terms' vocabulary may stand for one that is when fuse.js finds a close candidate and the edit distance
 * confirms a typo ("refnd" → "refund", "delivry" → "delivery"). Fuse is queried per unknown word — never with a
 * whole text — over a small index per initial letter, and answers are cached, so a ticket costs a few map
 * look-ups per word.
 */
export class TermMatcher<T> {
  private readonly byFirstWord = new Map<string, CompiledTerm<T>[]>();
  private readonly byFirstPrefix = new Map<string, CompiledTerm<T>[]>();
  private readonly prefixLengths = new Set<number>();
  private readonly vocabulary = new Set<string>();
  private readonly fuzzyIndexes = new Map<string, Fuse<string>>();
  private readonly corrections = new Map<string, string | null>();
  private readonly fuzzyMinLength: number;

  constructor(terms: Iterable<Term<T>>, options: TermMatcherOptions = {}) {
    this.fuzzyMinLength = options.fuzzyMinLength ?? 5;
    const byInitial = new Map<string, string[]>();
    for (const term of terms) {
      const words = compileWords(term.pattern);
      const first = words[0];
      if (!first) continue;
      const compiled = { term, words };
      const index = first.prefix ? this.byFirstPrefix : this.byFirstWord;
      if (first.prefix) this.prefixLengths.add(first.text.length);
      const list = index.get(first.text);
      if (list) list.push(compiled);
      else index.set(first.text, [compiled]);
      for (const word of words) {
        if (this.vocabulary.has(word.text)) continue;
        this.vocabulary.add(word.text);
        if (this.fuzzyMinLength > 0 && word.text.length >= this.fuzzyMinLength) {
          const initial = word.text[0]!;
          const bucket = byInitial.get(initial);
          if (bucket) bucket.push(word.text);
          else byInitial.set(initial, [word.text]);
        }
      }
    }
    for (const [initial, words] of byInitial) {
      this.fuzzyIndexes.set(initial, new Fuse(words, { includeScore: true, threshold: 0.4, ignoreLocation: true }));
    }
  }

  /** All term occurrences in the text, in text order. Overlapping hits of different terms are all kept. */
  match(text: string, tokens: Token[] = tokenise(text)): TermHit<T>[] {
    const canonical = tokens.map((t) => this.canonicalWord(t.word));
    const hits: TermHit<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      for (const candidate of this.candidatesAt(canonical[i]!.word)) {
        const { words } = candidate;
        if (i + words.length > tokens.length) continue;
        let fuzzy = false;
        let matched = true;
        for (let j = 0; j < words.length; j++) {
          const token = canonical[i + j]!;
          if (!wordMatches(words[j]!, token.word)) {
            matched = false;
            break;
          }
          fuzzy ||= token.fuzzy;
        }
        if (!matched) continue;
        hits.push({
          value: candidate.term.value,
          pattern: candidate.term.pattern,
          start: tokens[i]!.start,
          end: tokens[i + words.length - 1]!.end,
          fuzzy,
        });
      }
    }
    return hits;
  }

  private *candidatesAt(word: string): Iterable<CompiledTerm<T>> {
    const exact = this.byFirstWord.get(word);
    if (exact) yield* exact;
    for (const length of this.prefixLengths) {
      if (length > word.length) continue;
      const byPrefix = this.byFirstPrefix.get(word.slice(0, length));
      if (byPrefix) yield* byPrefix;
    }
  }

  /** The vocabulary word a token stands for: itself when known, else a confirmed typo correction. */
  private canonicalWord(word: string): { word: string; fuzzy: boolean } {
    if (this.vocabulary.has(word) || word.length < this.fuzzyMinLength || word.length > MAX_FUZZY_WORD) {
      return { word, fuzzy: false };
    }
    let corrected = this.corrections.get(word);
    if (corrected === undefined) {
      corrected = this.correct(word);
      if (this.corrections.size >= CACHE_LIMIT) this.corrections.clear();
      this.corrections.set(word, corrected);
    }
    return corrected ? { word: corrected, fuzzy: true } : { word, fuzzy: false };
  }

  private correct(word: string): string | null {
    const index = this.fuzzyIndexes.get(word[0]!);
    if (!index) return null;
    // One typo in a short word, two in a long one: more would turn "refuse" into "refund".
    const allowed = word.length >= 8 ? 2 : 1;
    for (const result of index.search(word, { limit: 3 })) {
      if (editDistanceWithin(word, result.item, allowed) <= allowed) return result.item;
    }
    return null;
  }
}
