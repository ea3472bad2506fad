// Finds phrase triggers in customer text: the TermMatcher matches word sequences and prefixes exactly, and the
// TypoCorrector maps mistyped words onto trigger words first ("refnd" → "refund").
import { TermMatcher } from '../text/term-matcher';
import { tokenise } from '../text/tokenise';
import { TypoCorrector } from './typo-corrector';

export class TriggerFinder {
  private readonly matcher: TermMatcher<number>;
  private readonly corrector: TypoCorrector;
  // The sidebar re-ranks on every draft keystroke with the same customer message: remember the last answer.
  private last: { text: string; found: ReadonlySet<number> } = { text: '', found: new Set() };

  /** `patterns[n]` is found as pattern number n. */
  constructor(patterns: readonly string[]) {
    // Fuzzy matching is done here, before the matcher sees the words; see TypoCorrector for why.
    this.matcher = new TermMatcher(
      patterns.map((pattern, n) => ({ pattern, value: n })),
      { fuzzyMinLength: 0 },
    );
    this.corrector = new TypoCorrector(patterns.flatMap((p) => tokenise(p.replace(/\*/g, ' ')).map((t) => t.word)));
  }

  /** The numbers of the patterns found in the text. */
  find(text: string): ReadonlySet<number> {
    if (text === this.last.text) return this.last.found;
    const tokens = tokenise(text).map((token) => {
      const word = this.corrector.correct(token.word);
      return word && word !== token.word ? { ...token, word } : token;
    });
    const found = new Set(this.matcher.match(text, tokens).map((hit) => hit.value));
    this.last = { text, found };
    return found;
  }
}
