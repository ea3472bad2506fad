// Finds phrase triggers in customer text with the TermMatcher, which reads typos ("refnd" → "refund") the same
// way for triggers as for the analysers' lexicons.
import { LATEST_WINDOW, tailWindow } from '../analyse/window';
import { LocatedHits, TermMatcher } from '../text/term-matcher';
import { tokeniseShared } from '../text/tokenise';

export class TriggerFinder {
  private readonly matcher: TermMatcher<null>;
  private readonly located = new LocatedHits();
  // The sidebar re-ranks on every draft keystroke with the same customer message: remember the last answer.
  private last: { text: string; found: ReadonlySet<number> } = { text: '', found: new Set() };

  /** `patterns[n]` is found as pattern number n. */
  constructor(patterns: readonly string[]) {
    this.matcher = new TermMatcher(patterns.map((pattern) => ({ pattern, value: null })));
  }

  /**
   * The numbers of the patterns found in the text. Like the analysers, it reads only the end of a long message
   * (the customer's latest words): a pasted megabyte costs what a long email does.
   */
  find(text: string): ReadonlySet<number> {
    if (text === this.last.text) return this.last.found;
    const window = tailWindow(text, LATEST_WINDOW).text;
    // The analysers read the same window of the same message: its tokens are usually already there.
    const found = new Set<number>();
    const { located } = this;
    this.matcher.locate(tokeniseShared(window), located);
    // Term numbers are pattern numbers: the matcher numbers its terms in the order given.
    for (let h = 0; h < located.count; h++) found.add(located.term[h]!);
    this.last = { text, found };
    return found;
  }
}
