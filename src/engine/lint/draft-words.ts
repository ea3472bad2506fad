// A draft as the linter sees it: its words, each with every reading of it (see contractions.ts) and its offsets
// in the draft, marked when it sits in quoted text or starts a new sentence or line.
import { tokenise } from '../text/tokenise';
import { readingsOf, type Reading } from './contractions';
import { quotedRanges } from './quoted';

export interface DraftWord {
  start: number;
  end: number;
  readings: readonly Reading[];
  /** Inside a `>` line or a quotation: never part of a finding. */
  quoted: boolean;
  /**
   * False when a sentence end (. ! ? ; …) or a line break separates this word from the one before: a line to
   * avoid is said within one sentence, and "…no. Problem is…" is not "no problem".
   */
  continuesPrevious: boolean;
}

const SENTENCE_BREAK = /[.!?;\n\u2026]/;

export function draftWords(draft: string): DraftWord[] {
  const quotes = quotedRanges(draft);
  let q = 0;
  let previousEnd = 0;
  return tokenise(draft).map((token, i) => {
    // Tokens and quoted ranges both come in text order, so one cursor walks both.
    while (q < quotes.length && quotes[q]!.end <= token.start) q += 1;
    const range = quotes[q];
    const quoted = range !== undefined && range.start < token.end;
    const continuesPrevious = i > 0 && !SENTENCE_BREAK.test(draft.slice(previousEnd, token.start));
    previousEnd = token.end;
    return { start: token.start, end: token.end, readings: readingsOf(token.word), quoted, continuesPrevious };
  });
}
