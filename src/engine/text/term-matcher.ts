import { tokenise, type Token } from './tokenise';
import { TypoCorrector } from './typo-corrector';
import { MAX_WORDS, numberWords } from './word-numbers';

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
  /** Indexes of the hit's first and last token among the tokens matched. */
  firstToken: number;
  lastToken: number;
  /** True when a typo-tolerant match stood in for at least one word. */
  fuzzy: boolean;
}

export interface TermMatcherOptions {
  /** Tolerate typos in words of at least this many letters (default 5); 0 turns fuzzy matching off. */
  fuzzyMinLength?: number;
  /**
   * Ordinary words one typo away from a term's word ("change" / "charge"): known to the matcher, they are never
   * read as a typo of it, and they start no term.
   */
  knownWords?: Iterable<string>;
}

interface CompiledWord {
  text: string;
  /** The word's number in this matcher's vocabulary. */
  id: number;
  prefix: boolean;
}

interface CompiledTerm<T> {
  term: Term<T>;
  /** The term's place among the terms given. */
  number: number;
  words: CompiledWord[];
}

/**
 * Hits as numbers, for callers that read them straight away: hit h is term number `term[h]` (in the order the terms
 * were given) over tokens `first[h]` to `last[h]`. Recording into these arrays, reused from text to text, makes no
 * object per hit: a ticket's situation terms alone made forty.
 */
export class LocatedHits {
  count = 0;
  term = new Int32Array(64);
  first = new Int32Array(64);
  last = new Int32Array(64);
  fuzzy = new Uint8Array(64);

  add(term: number, first: number, last: number, fuzzy: boolean): void {
    if (this.count === this.term.length) this.grow();
    const h = this.count++;
    this.term[h] = term;
    this.first[h] = first;
    this.last[h] = last;
    this.fuzzy[h] = fuzzy ? 1 : 0;
  }

  private grow(): void {
    const size = this.term.length * 2;
    const grown = <A extends Int32Array | Uint8Array>(from: A, to: A): A => (to.set(from), to);
    this.term = grown(this.term, new Int32Array(size));
    this.first = grown(this.first, new Int32Array(size));
    this.last = grown(this.last, new Int32Array(size));
    this.fuzzy = grown(this.fuzzy, new Uint8Array(size));
  }
}

interface Reading<T> {
  word: string;
  /** The number of `word` in the vocabulary, -1 when it is not a vocabulary word (then no exact word matches it). */
  id: number;
  fuzzy: boolean;
  /** The terms whose first word matches `word`. */
  starts: readonly CompiledTerm<T>[];
  /** Of those, the one-word terms, in the same order. */
  singles: readonly CompiledTerm<T>[];
  /**
   * The numbers of the exact second words of the longer ones, ascending; undefined when one of them has a prefix
   * second word (then every next word must be tried).
   */
  seconds: Int32Array | undefined;
}

const NO_TERMS: readonly never[] = [];

/** True when the ascending numbers hold n (a binary search: a common word's second words run to dozens). */
function holds(numbers: Int32Array, n: number): boolean {
  let low = 0;
  let high = numbers.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (numbers[middle]! < n) low = middle + 1;
    else high = middle;
  }
  return low < numbers.length && numbers[low] === n;
}

function wordMatches(word: CompiledWord, token: Reading<unknown>): boolean {
  return word.prefix ? token.word.startsWith(word.text) : token.id === word.id;
}

/**
 * Finds many terms in text in one pass over its tokens. Exact words are looked up in a map; a word that is not in
 * the terms' vocabulary, and that no `word*` prefix covers, may stand for a vocabulary word it is a typo of
 * ("refnd" → "refund", "delivry" → "delivery"): see TypoCorrector for the rule and for why it is not fuse.js.
 */
export class TermMatcher<T> {
  private readonly byFirstWord = new Map<string, CompiledTerm<T>[]>();
  private readonly byFirstPrefix = new Map<string, CompiledTerm<T>[]>();
  private readonly prefixLengths: number[];
  /** The stems of every `word*`, wherever it stands in a term, and their lengths, longest first. */
  private readonly stems = new Set<string>();
  private readonly stemLengths: number[];
  /** Every word of the terms and the known words, numbered. */
  private readonly vocabulary = new Map<string, number>();
  private readonly typos: TypoCorrector | undefined;
  // A text repeats its words, and texts share most of theirs: each distinct word is read, and the terms it can
  // start gathered, once, and kept by the word's number (see word-numbers.ts).
  private readings: (Reading<T> | undefined)[] = [];
  private readingsGeneration = -1;
  /**
   * 1 for a word number known to start no term: most words of a text start none, and this flag is read without
   * reaching the reading object (words numbered past its end are simply read the long way).
   */
  private readonly startsNone = new Uint8Array(MAX_WORDS);
  /** The terms given, by number. */
  private readonly terms: Term<T>[] = [];
  // The hits `match` reads back, reused.
  private readonly located = new LocatedHits();

  constructor(terms: Iterable<Term<T>>, options: TermMatcherOptions = {}) {
    const fuzzyMinLength = options.fuzzyMinLength ?? 5;
    const prefixLengths = new Set<number>();
    for (const word of options.knownWords ?? []) this.compileWords(word);
    for (const term of terms) {
      // Numbered in the order given, even a term with no words (which never matches).
      const number = this.terms.push(term) - 1;
      const words = this.compileWords(term.pattern);
      const first = words[0];
      if (!first) continue;
      const compiled = { term, number, words };
      const index = first.prefix ? this.byFirstPrefix : this.byFirstWord;
      if (first.prefix) prefixLengths.add(first.text.length);
      const list = index.get(first.text);
      if (list) list.push(compiled);
      else index.set(first.text, [compiled]);
    }
    this.prefixLengths = [...prefixLengths].sort((a, b) => a - b);
    this.stemLengths = [...new Set([...this.stems].map((stem) => stem.length))].sort((a, b) => b - a);
    if (fuzzyMinLength > 0) this.typos = new TypoCorrector(this.vocabulary.keys(), { minLength: fuzzyMinLength });
  }

  /** A pattern's words, each added to the vocabulary (and a `word*` to the stems). */
  private compileWords(pattern: string): CompiledWord[] {
    const words: CompiledWord[] = [];
    for (const piece of pattern.trim().split(/\s+/)) {
      const prefix = piece.endsWith('*');
      const parts = tokenise(prefix ? piece.slice(0, -1) : piece).map((t) => t.word);
      parts.forEach((text, i) => {
        let id = this.vocabulary.get(text);
        if (id === undefined) this.vocabulary.set(text, (id = this.vocabulary.size));
        const isPrefix = prefix && i === parts.length - 1;
        if (isPrefix) this.stems.add(text);
        words.push({ text, id, prefix: isPrefix });
      });
    }
    return words;
  }

  /** All term occurrences in the text, in text order. Overlapping hits of different terms are all kept. */
  match(text: string, tokens: Token[] = tokenise(text)): TermHit<T>[] {
    const { located } = this;
    this.locate(tokens, located);
    const hits: TermHit<T>[] = [];
    for (let h = 0; h < located.count; h++) {
      const term = this.terms[located.term[h]!]!;
      const first = located.first[h]!;
      const last = located.last[h]!;
      hits.push({
        value: term.value,
        pattern: term.pattern,
        start: tokens[first]!.start,
        end: tokens[last]!.end,
        firstToken: first,
        lastToken: last,
        fuzzy: located.fuzzy[h] === 1,
      });
    }
    return hits;
  }

  /** `match` as numbers (terms numbered in the order given): the hits, in the same order, replace what `into` held. */
  locate(tokens: readonly Token[], into: LocatedHits): void {
    const { numbers, generation } = numberWords(tokens);
    if (generation !== this.readingsGeneration) {
      this.readings = [];
      this.startsNone.fill(0);
      this.readingsGeneration = generation;
    }
    into.count = 0;
    for (let i = 0; i < tokens.length; i++) {
      const n = numbers[i]!;
      if (this.startsNone[n] === 1) continue;
      const reading = this.readingOf(tokens[i]!.word, n);
      const { starts } = reading;
      if (starts.length === 0) {
        this.startsNone[n] = 1;
        continue;
      }
      // A common first word ("i", "my") starts dozens of terms, and most fail on their second word: when the next
      // word is none of their second words, only the one-word terms can match here.
      const longer = starts !== reading.singles && i + 1 < tokens.length;
      const second = longer ? this.readingOf(tokens[i + 1]!.word, numbers[i + 1]!) : undefined;
      if (second === undefined || (reading.seconds !== undefined && !holds(reading.seconds, second.id))) {
        const { singles } = reading;
        for (let c = 0; c < singles.length; c++) into.add(singles[c]!.number, i, i, reading.fuzzy);
        continue;
      }
      for (let c = 0; c < starts.length; c++) {
        const candidate = starts[c]!;
        const { words } = candidate;
        if (i + words.length > tokens.length) continue;
        // The first word matches: the candidates were looked up by it.
        let fuzzy = reading.fuzzy;
        if (words.length > 1) {
          if (!wordMatches(words[1]!, second)) continue;
          fuzzy ||= second.fuzzy;
          let matched = true;
          for (let j = 2; j < words.length; j++) {
            const token = this.readingOf(tokens[i + j]!.word, numbers[i + j]!);
            if (!wordMatches(words[j]!, token)) {
              matched = false;
              break;
            }
            fuzzy ||= token.fuzzy;
          }
          if (!matched) continue;
        }
        into.add(candidate.number, i, i + words.length - 1, fuzzy);
      }
    }
  }

  /** Terms whose first word matches this word: the same exact word, or a prefix of it. */
  private termsStartingWith(word: string): readonly CompiledTerm<T>[] {
    const found: CompiledTerm<T>[] = [...(this.byFirstWord.get(word) ?? NO_TERMS)];
    for (const length of this.prefixLengths) {
      if (length > word.length) break;
      found.push(...(this.byFirstPrefix.get(word.slice(0, length)) ?? NO_TERMS));
    }
    return found.length > 0 ? found : NO_TERMS;
  }

  /** The reading of `word`, whose number is `n`. */
  private readingOf(word: string, n: number): Reading<T> {
    let reading = this.readings[n];
    if (reading === undefined) {
      const { word: canonical, fuzzy } = this.canonicalWord(word);
      const starts = this.termsStartingWith(canonical);
      const longer = starts.filter((term) => term.words.length > 1);
      reading = {
        word: canonical,
        id: this.vocabulary.get(canonical) ?? -1,
        fuzzy,
        starts,
        singles: longer.length === 0 ? starts : starts.filter((term) => term.words.length === 1),
        seconds: longer.some((term) => term.words[1]!.prefix)
          ? undefined
          : Int32Array.from(new Set(longer.map((term) => term.words[1]!.id))).sort(),
      };
      // Filled up to n first: an array written far past its end turns into a slow dictionary.
      while (this.readings.length < n) this.readings.push(undefined);
      this.readings[n] = reading;
    }
    return reading;
  }

  /** The longest stem of a `word*` that covers this word ("tracking" under "track*"), if any. */
  private stemOf(word: string): string | undefined {
    for (const length of this.stemLengths) {
      if (length < word.length && this.stems.has(word.slice(0, length))) return word.slice(0, length);
    }
    return undefined;
  }

  /**
   * The vocabulary word a token stands for: itself when known; the stem of a `word*` that covers it, so that it
   * matches as that word wherever the stem stands in a term ("orders" reads as "order", and a prefix match is
   * never traded for a typo reading: "tracking" must not become "trading"); else its typo correction, if any.
   */
  private canonicalWord(word: string): { word: string; fuzzy: boolean } {
    if (this.vocabulary.has(word)) return { word, fuzzy: false };
    const stem = this.stemOf(word);
    if (stem) return { word: stem, fuzzy: false };
    const corrected = this.typos?.correct(word);
    return corrected ? { word: corrected, fuzzy: true } : { word, fuzzy: false };
  }
}
