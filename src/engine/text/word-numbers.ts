// Every distinct word gets a number, shared by all TermMatchers. The abuse, mood, situation and trigger matchers
// read the same tokens one after another; each looking every word up in a map of its own cost a string hash and
// compare per token per matcher, the largest single cost of matching. Now a token list is numbered once and each
// matcher reads what it knows about a word from an array, by number.
import type { Token } from './tokenise';

/** Words numbered before numbering starts over: a pasted log of random tokens must not grow the table without end. */
const LIMIT = 20_000;

const numbers = new Map<string, number>();

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
  if (numbers.size + tokens.length > LIMIT) {
    numbers.clear();
    generation++;
  }
  // A plain array: allocating a typed array costs more than numbering a short message.
  const numbered = { numbers: [] as number[], generation };
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.word;
    let n = numbers.get(word);
    if (n === undefined) numbers.set(word, (n = numbers.size));
    numbered.numbers.push(n);
  }
  last = { tokens, numbered };
  return numbered;
}
