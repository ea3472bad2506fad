// The sidebar's search box: typo-tolerant search over every phrase's text, id and triggers, fast enough to run
// on each keystroke over a 50 000-phrase bank. A fuse.js index over the phrases costs 0.26–0.58 s a query at
// that size, and one over the bank's vocabulary still ~60 ms for a mistyped word, so the search is word-based:
// an inverted index maps each bank word to its phrases, query words expand to the bank words they begin (while
// typing) or are a typo of (deletion-neighbourhood index), and every query word must match.
import { tokenise } from '../text/tokenise';
import type { Category, Phrase } from '../types';
import { TypoCorrector } from '../text/typo-corrector';
import type { SearchOptions } from './types';

export const DEFAULT_SEARCH_LIMIT = 20;
/** A word in a phrase's id or triggers says more about it than a word of its text. */
const STRONG_FIELD = 1.25;
const EXACT = 1;
const FUZZY = 0.6;
/** A short prefix ("s", "re") matches hundreds of words; only the most common ones are kept. */
const MAX_PREFIX_WORDS = 200;
/** Non-final query words expand by prefix only from this length ("deliv" → "delivery"). */
const MIN_INNER_PREFIX = 3;
const MIN_FUZZY = 4;
/** A search box holds a few words; more would only slow the search down. */
const MAX_QUERY_WORDS = 12;

const PLACEHOLDER = /\{\{[^}]*\}\}/g;

interface WordMatch {
  wordId: number;
  quality: number;
}

export type PhraseSearch = (query: string, options?: SearchOptions) => Phrase[];

export function createPhraseSearch(phrases: readonly Phrase[]): PhraseSearch {
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  // Posting entries are `phrase * 2 + strong`, one per phrase and word, strong winning over weak.
  const postings: number[][] = [];

  phrases.forEach((phrase, p) => {
    const strength = new Map<number, number>();
    const note = (text: string, strong: number) => {
      for (const { word } of tokenise(text)) {
        let id = wordIds.get(word);
        if (id === undefined) {
          id = words.length;
          wordIds.set(word, id);
          words.push(word);
          postings.push([]);
        }
        strength.set(id, Math.max(strength.get(id) ?? 0, strong));
      }
    };
    note(phrase.id, 1);
    for (const trigger of phrase.triggers) note(trigger.replace(/\*/g, ' '), 1);
    note(phrase.text.replace(PLACEHOLDER, ' '), 0);
    for (const [id, strong] of strength) postings[id]!.push(p * 2 + strong);
  });

  const alphabetical = words.map((_, id) => id).sort((a, b) => (words[a]! < words[b]! ? -1 : 1));
  const typos = new TypoCorrector(words, { minLength: MIN_FUZZY });

  function prefixMatches(prefix: string): WordMatch[] {
    let lo = 0;
    let hi = alphabetical.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[alphabetical[mid]!]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let k = lo; k < alphabetical.length && words[alphabetical[k]!]!.startsWith(prefix); k++) {
      if (words[alphabetical[k]!] !== prefix) found.push(alphabetical[k]!);
    }
    if (found.length > MAX_PREFIX_WORDS) {
      found.sort((a, b) => postings[b]!.length - postings[a]!.length || a - b);
      found.length = MAX_PREFIX_WORDS;
    }
    // Closer to complete counts more: "deliver" is a better reading of "deliv" than "deliverability".
    return found.map((wordId) => ({ wordId, quality: 0.6 + (0.3 * prefix.length) / words[wordId]!.length }));
  }

  function fuzzyMatches(word: string): WordMatch[] {
    return typos.corrections(word).map((correction) => ({ wordId: wordIds.get(correction)!, quality: FUZZY }));
  }

  /** Bank words a query word may stand for: itself, words it begins (while typing), or a typo's correction. */
  function readingsOf(word: string, typing: boolean): WordMatch[] {
    const matches: WordMatch[] = [];
    const exact = wordIds.get(word);
    if (exact !== undefined) matches.push({ wordId: exact, quality: EXACT });
    if (typing || word.length >= MIN_INNER_PREFIX) matches.push(...prefixMatches(word));
    if (matches.length === 0 && word.length >= MIN_FUZZY) matches.push(...fuzzyMatches(word));
    return matches;
  }

  return (query, options = {}) => {
    const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_SEARCH_LIMIT));
    const tokens = typeof query === 'string' ? tokenise(query).slice(0, MAX_QUERY_WORDS) : [];
    if (tokens.length === 0 || limit === 0 || phrases.length === 0) return [];
    // The last word is still being typed unless the query ends with a space or punctuation.
    const typingLast = tokens.at(-1)!.end === query.trimEnd().length && !/\s$/.test(query);
    const readings = tokens.map((t, j) => readingsOf(t.word, typingLast && j === tokens.length - 1));
    if (readings.some((r) => r.length === 0)) return [];
    const cost = (r: WordMatch[]) => r.reduce((sum, m) => sum + postings[m.wordId]!.length, 0);
    readings.sort((a, b) => cost(a) - cost(b));

    // Every query word must match (rarest first, so later words only re-check survivors).
    const matched = new Uint8Array(phrases.length);
    const total = new Float64Array(phrases.length);
    const best = new Float64Array(phrases.length);
    let survivors: number[] = [];
    readings.forEach((reading, j) => {
      const touched: number[] = [];
      for (const { wordId, quality } of reading) {
        for (const entry of postings[wordId]!) {
          const p = entry >> 1;
          if (matched[p] !== j) continue;
          const value = quality * (entry & 1 ? STRONG_FIELD : 1);
          if (best[p] === 0) touched.push(p);
          if (value > best[p]!) best[p] = value;
        }
      }
      for (const p of touched) {
        matched[p] = j + 1;
        total[p]! += best[p]!;
        best[p] = 0;
      }
      survivors = touched;
    });

    const allowed = options.categories?.length ? new Set<Category>(options.categories) : undefined;
    const better = (a: number, b: number) =>
      total[a]! > total[b]! || (total[a] === total[b] && phrases[a]!.id < phrases[b]!.id);
    return topK(
      survivors.filter((p) => !allowed || allowed.has(phrases[p]!.category)),
      limit,
      better,
    ).map((p) => phrases[p]!);
  };
}

/** The `k` best items, best first, without sorting them all (a query may match most of the bank). */
function topK(items: readonly number[], k: number, better: (a: number, b: number) => boolean): number[] {
  const top: number[] = [];
  for (const item of items) {
    if (top.length === k && !better(item, top[k - 1]!)) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (better(item, top[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}
