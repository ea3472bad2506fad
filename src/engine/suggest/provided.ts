// What the customer has already given us. Asking a customer for their order number when it is in the message
// they just wrote tells them nobody read it, so an info-gathering phrase that asks for something the text
// already holds is not offered.
import { LATEST_WINDOW, tailWindow } from '../analyse/window';
import { CATEGORIES } from '../types';
import type { BankIndex } from './bank-index';

interface ProvidedFact {
  /** Shown nowhere; names the fact for tests and readers. */
  name: string;
  /** The customer's text holds it. */
  given: RegExp;
  /** An info-gathering phrase's text asks for it. */
  asked: RegExp;
  /**
   * What every match of `given` holds, when looking for it is much cheaper than the regex (most texts give none of
   * these facts): the email pattern, tried from every word of a text with no '@', costs more than all the other
   * facts together.
   */
  needs?: string | RegExp;
}

export const PROVIDED_FACTS: readonly ProvidedFact[] = [
  {
    name: 'order number',
    // "#4417", "order 55821", "order no. 1234", "order number: AB-12345", "order id 9981".
    given: /#\s?\d{3,}\b|\border\s*(?:number|no\.?|num|id|ref(?:erence)?)?\s*(?:is\s*)?[:#]?\s*(?:[a-z]{1,3}-?)?\d{3,}\b/i,
    asked: /\border (?:number|#|id|reference)\b/i,
    needs: /\d\d\d/,
  },
  {
    name: 'email address',
    given: /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i,
    asked: /\bemail address\b/i,
    needs: '@',
  },
  {
    name: 'photo',
    // "I've attached a photo", "photos attached", "see the attached picture", "here's a screenshot".
    given:
      /\b(?:attach(?:ed|ing)?|enclos(?:ed|ing)|here(?:'s| is| are))\b[^.!?\n]{0,30}\b(?:photos?|pictures?|pics?|images?|screenshots?|videos?)\b|\b(?:photos?|pictures?|pics?|images?|screenshots?|videos?)\b[^.!?\n]{0,20}\b(?:attached|enclosed)\b/i,
    asked: /\b(?:photos?|pictures?|screenshot)\b/i,
    needs: /pic|photo|image|screenshot|video/i,
  },
  {
    name: 'promo code',
    // A code as customers quote it: "the code SPRING20", "promo code: WELCOME-10" (letters and digits, in capitals).
    given: /\bcode\s*[:"'“]?\s*(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9-]{4,}\b/,
    asked: /\bwhich code\b|\bcode did you\b/i,
    needs: 'code',
  },
];

export interface ProvidedReading {
  /** The facts found in the customer's text, by name. */
  facts: readonly string[];
  /** True when phrase i of a bank index asks the customer for something their text already holds. */
  alreadyAnswered(index: BankIndex, i: number): boolean;
}

const INFO_GATHERING = CATEGORIES.indexOf('info-gathering');

/** Reads the same end of the message as the trigger finder, so a pasted megabyte costs what a long email does. */
export function readProvided(customerText: string): ProvidedReading {
  const text = typeof customerText === 'string' ? tailWindow(customerText, LATEST_WINDOW).text : '';
  return new Provided(PROVIDED_FACTS.filter((fact) => mayHold(text, fact.needs) && fact.given.test(text)));
}

function mayHold(text: string, needs: string | RegExp | undefined): boolean {
  return needs === undefined || (typeof needs === 'string' ? text.includes(needs) : needs.test(text));
}

// A class, not an object literal with a method made per call: see the Policy class in policy.ts.
class Provided implements ProvidedReading {
  readonly facts: readonly string[];

  constructor(private readonly found: readonly ProvidedFact[]) {
    this.facts = found.map((fact) => fact.name);
  }

  alreadyAnswered(index: BankIndex, i: number): boolean {
    // Only info-gathering phrases ask; the category is read from the index, not the phrase object.
    if (this.found.length === 0 || index.statics.category[i] !== INFO_GATHERING) return false;
    const { text } = index.phrases[i]!;
    return this.found.some((fact) => fact.asked.test(text));
  }
}
