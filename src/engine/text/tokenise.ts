export interface Token {
  /** The word, lower-cased, apostrophes straightened. */
  word: string;
  /** Offsets into the original text. */
  start: number;
  end: number;
}

// Curly and look-alike apostrophes are straightened first (same length, so offsets hold).
const APOSTROPHES = /[\u2018\u2019\u02BC\u2032\u0060\u00B4]/g;
// Words are runs of letters, digits and inner apostrophes ("don't", "o'brien"); everything else separates.
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** Straightens apostrophes without changing the string's length. */
export function straightenApostrophes(text: string): string {
  return text.replace(APOSTROPHES, "'");
}

/** Splits text into lower-cased word tokens with their offsets in the original text. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of straightenApostrophes(text).matchAll(WORD)) {
    tokens.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

// The last text tokenised through `tokeniseShared`, and its tokens.
let lastText: string | undefined;
let lastTokens: Token[] = [];

/**
 * `tokenise`, remembering the last answer: the analysers and the trigger finder read the same latest message, so
 * the second reader gets the first one's tokens instead of a second pass. The tokens are shared: never mutate them.
 */
export function tokeniseShared(text: string): Token[] {
  if (text !== lastText) {
    lastTokens = tokenise(text);
    lastText = text;
  }
  return lastTokens;
}
