// Every distinct word gets a number, shared by all TermMatchers. The abuse, mood, situation and trigger matchers
// read the same tokens one after another; each looking every word up in a map of its own cost a string hash and
// compare per token per matcher, the largest single cost of matching. Now a token list is numbered once and each
// matcher reads what it knows about a word from an array, by number.
import type { Token } from './tokenise';

/** Words numbered before numbering starts over: a pasted log of random tokens must not grow the table without end. */
export const MAX_WORDS = 20_000;

// The words by number, and an open-addressing table from a word's hash to its number + 1 (0: empty). A Map keyed
// by the words cost twice as much: every token is a new string, which the Map hashes in full and compares against
// a key it keeps, at the size of a whole vocabulary. The table holds at most MAX_WORDS words in over 3× as many slots (256 KB).
const SLOTS = 1 << 16;
const words: string[] = [];
const slots = new Int32Array(SLOTS);

/** FNV-1a over the word's UTF-16 code units. */
function hashOf(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The number of `word`, given one when it has none. */
function numberOf(word: string): number {
  for (let slot = hashOf(word) & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
    const entry = slots[slot]!;
    if (entry === 0) {
      words.push(word);
      slots[slot] = words.length;
      return words.length - 1;
    }
    if (words[entry - 1] === word) return entry - 1;
  }
}

export interface WordNumbers {
  /** Per token, its word's number. */
  numbers: readonly number[];
  /** Changes whenever numbering starts over: anything stored under an older generation's numbers is stale. */
  generation: number;
}

// The last token list numbered: the matchers of one text are handed the same list in turn.
let last: { tokens: readonly Token[]; numbered: WordNumbers } | undefined;
let generation = 0;

/** The numbers of the tokens' words. The answer is shared: never mutate it. */
export function numberWords(tokens: readonly Token[]): WordNumbers {
  if (last?.tokens === tokens) return last.numbered;
  if (words.length + tokens.length > MAX_WORDS) {
    words.length = 0;
    slots.fill(0);
    generation++;
  }
  // A plain array: allocating a typed array costs more than numbering a short message.
  const numbered = { numbers: [] as number[], generation };
  for (let i = 0; i < tokens.length; i++) numbered.numbers.push(numberOf(tokens[i]!.word));
  last = { tokens, numbered };
  return numbered;
}
