// Compiles the signal lexicons (phrasebank/signals/*.json) into one TermMatcher each, once at module load.
// A pattern is a word sequence as TermMatcher reads it ("charged twice", "cancel*"), plus one extension: " ... "
// between two parts lets up to MAX_GAP words stand between them ("close ... account" finds "close my premium
// account"), so a lead does not have to list every filler word.
import { LocatedHits, TermMatcher } from '../text/term-matcher';
import type { Token } from '../text/tokenise';
import type { Evidence } from '../types';

export interface WeightedTerm {
  pattern: string;
  weight: number;
}

export interface LexiconHit<T> {
  value: T;
  pattern: string;
  weight: number;
  /** Token indexes of the hit's first and last word. */
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
  fuzzy: boolean;
}

/** Words allowed between the parts of a " ... " pattern. */
export const MAX_GAP = 3;
const GAP = /\s+\.\.\.\s+/;

interface Entry<T> {
  value: T;
  pattern: string;
  weight: number;
  parts: number;
}

/**
 * Checks one lexicon list as loaded from JSON and throws a message naming the file and entry when a lead's edit
 * broke it; the JSON ships inside the extension, so failing at load (and in the unit tests) is the right time.
 */
export function readWeightedTerms(file: string, field: string, value: unknown): WeightedTerm[] {
  if (!Array.isArray(value)) throw new Error(`${file}: "${field}" must be a list of {"pattern", "weight"} entries`);
  return value.map((item, i) => {
    const where = `${file}: ${field}[${i}]`;
    if (typeof item !== 'object' || item === null) throw new Error(`${where} must be {"pattern": "...", "weight": n}`);
    const { pattern, weight } = item as Record<string, unknown>;
    if (typeof pattern !== 'string' || pattern.trim() === '') throw new Error(`${where}: "pattern" must be a non-empty string`);
    if (typeof weight !== 'number' || !Number.isFinite(weight)) throw new Error(`${where} ("${pattern}"): "weight" must be a number`);
    return { pattern, weight };
  });
}

export function readWordList(file: string, field: string, value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((w) => typeof w === 'string' && w.trim() !== '')) {
    throw new Error(`${file}: "${field}" must be a list of non-empty strings`);
  }
  return value as string[];
}

/** A TermMatcher over weighted patterns, with " ... " gaps resolved after the single matching pass. */
export class WeightedLexicon<T> {
  private readonly entries: Entry<T>[] = [];
  /** Every part of every entry is one term of the matcher; by term number, its entry and which part it is. */
  private readonly matcher: TermMatcher<null>;
  private readonly entryOf: Int32Array;
  private readonly partOf: Int32Array;
  // The matcher's hits as numbers, reused by every match.
  private readonly located = new LocatedHits();
  /**
   * `plainWords` are ordinary words one typo away from a pattern word ("change" / "charge"): known to the
   * matcher, they are never read as a typo of it.
   */
  constructor(
    terms: Iterable<WeightedTerm & { value: T }>,
    options: { fuzzyMinLength?: number; plainWords?: string[] } = {},
  ) {
    const parts: { pattern: string; value: null; entry: number; part: number }[] = [];
    for (const term of terms) {
      const pieces = term.pattern.split(GAP);
      const entry = this.entries.push({ value: term.value, pattern: term.pattern, weight: term.weight, parts: pieces.length }) - 1;
      pieces.forEach((pattern, part) => parts.push({ pattern, value: null, entry, part }));
    }
    this.matcher = new TermMatcher(parts, { fuzzyMinLength: options.fuzzyMinLength, knownWords: options.plainWords });
    this.entryOf = Int32Array.from(parts, (p) => p.entry);
    this.partOf = Int32Array.from(parts, (p) => p.part);
  }

  /** The entries found among the tokens, in text order (offsets are the tokens' own). */
  match(tokens: Token[]): LexiconHit<T>[] {
    const { located } = this;
    this.matcher.locate(tokens, located);
    const hits: LexiconHit<T>[] = [];
    for (let h = 0; h < located.count; h++) {
      const term = located.term[h]!;
      if (this.partOf[term] !== 0) continue;
      const index = this.entryOf[term]!;
      const entry = this.entries[index]!;
      let lastToken = located.last[h]!;
      let fuzzy = located.fuzzy[h] === 1;
      for (let next = 1; next < entry.parts; next++) {
        const follower = this.followerOf(h + 1, index, next, lastToken);
        if (follower < 0) {
          lastToken = -1;
          break;
        }
        lastToken = located.last[follower]!;
        fuzzy ||= located.fuzzy[follower] === 1;
      }
      if (lastToken < 0) continue;
      hits.push({
        value: entry.value,
        pattern: entry.pattern,
        weight: entry.weight,
        firstToken: located.first[h]!,
        lastToken,
        start: tokens[located.first[h]!]!.start,
        end: tokens[lastToken]!.end,
        fuzzy,
      });
    }
    return hits;
  }

  /**
   * The first hit of part `part` of entry `entry` close enough after token `lastToken`, looked for from hit `from`
   * on (-1 when there is none): hits are in text order, and no follower of a part starts before the part itself.
   */
  private followerOf(from: number, entry: number, part: number, lastToken: number): number {
    const { located } = this;
    for (let k = from; k < located.count; k++) {
      if (located.first[k]! - lastToken - 1 > MAX_GAP) break;
      const term = located.term[k]!;
      if (this.entryOf[term] === entry && this.partOf[term] === part && located.first[k]! > lastToken) return k;
    }
    return -1;
  }
}

export function evidenceOf(text: string, span: { start: number; end: number }, offset = 0): Evidence {
  return { start: span.start + offset, end: span.end + offset, text: text.slice(span.start, span.end) };
}
