// What the agent has already written: an apology, empathy, a closing, or a bank phrase word for word.
import { tailWindow } from '../analyse/window';
import { TermMatcher } from '../text/term-matcher';
import { tokenise } from '../text/tokenise';
import type { Phrase } from '../types';

type Move = 'apology' | 'empathy' | 'closing';

const MARKERS: Readonly<Record<Move, readonly string[]>> = {
  apology: ['sorry', 'apologi*', 'my apologies', 'i regret'],
  empathy: [
    'i understand', 'i can understand', 'completely understand', 'totally understand', 'i can imagine',
    'i can see why', 'i can see how', 'i hear you', 'that must be', 'must be frustrating', 'must have been',
    'understandably', 'i know how', 'i would feel the same',
  ],
  closing: [
    'kind regards', 'best regards', 'warm regards', 'warmest regards', 'best wishes', 'all the best', 'sincerely', 'take care', 'thanks again', 'have a great day',
    'have a good day', 'have a lovely day', 'have a nice day', 'have a great weekend', 'anything else i can help',
    'anything else i can do',
  ],
};

const markers = new TermMatcher<Move>(
  (Object.keys(MARKERS) as Move[]).flatMap((move) => MARKERS[move].map((pattern) => ({ pattern, value: move }))),
);

export interface DraftReading {
  /** True when there is no draft to read (then `contains` is always false). */
  empty: boolean;
  has: Readonly<Record<Move, boolean>>;
  /** True when the phrase's words (placeholders aside) are already in the draft. */
  contains(phrase: Phrase): boolean;
}

const PLACEHOLDER = /\{\{[^}]*\}\}/;

// The literal pieces of a phrase between placeholders, as space-padded word strings; cached per phrase object.
const literalCache = new WeakMap<Phrase, string[]>();

function literals(phrase: Phrase): string[] {
  let pieces = literalCache.get(phrase);
  if (!pieces) {
    pieces = phrase.text
      .split(PLACEHOLDER)
      .filter((piece) => tokenise(piece).length > 0)
      .map((piece) => words(piece));
    literalCache.set(phrase, pieces);
  }
  return pieces;
}

/** Words joined by single spaces and padded, so `includes` matches whole words only. */
function words(text: string): string {
  return ` ${tokenise(text).map((t) => t.word).join(' ')} `;
}

const EMPTY: DraftReading = { empty: true, has: { apology: false, empathy: false, closing: false }, contains: () => false };

/**
 * Characters read from each end of a draft too long to read whole. A reply opens with its apology and empathy
 * and ends with its closing; what lies between in a draft this long is a pasted log or history, and reading a
 * megabyte of it on every suggestion took over 100 ms.
 */
export const DRAFT_END_WINDOW = 10_000;

/** The draft, or its two ends when it is long (see DRAFT_END_WINDOW). */
function readableDraft(draft: string): string {
  if (draft.length <= 2 * DRAFT_END_WINDOW) return draft;
  return `${headWindow(draft, DRAFT_END_WINDOW)}\n\n${tailWindow(draft, DRAFT_END_WINDOW).text}`;
}

/** The first `max` characters, ending at a word boundary when one is near so no word is cut in half. */
function headWindow(text: string, max: number): string {
  const boundary = text.slice(max - 40, max).search(/\s\S*$/);
  return text.slice(0, boundary >= 0 ? max - 40 + boundary : max);
}

export function readDraft(fullDraft: string | undefined): DraftReading {
  if (typeof fullDraft !== 'string' || !fullDraft.trim()) return EMPTY;
  const draft = readableDraft(fullDraft);
  const tokens = tokenise(draft);
  const has = { apology: false, empathy: false, closing: false };
  for (const hit of markers.match(draft, tokens)) has[hit.value] = true;
  const draftWords = ` ${tokens.map((t) => t.word).join(' ')} `;
  return {
    empty: false,
    has,
    contains(phrase) {
      const pieces = literals(phrase);
      return pieces.length > 0 && pieces.every((piece) => draftWords.includes(piece));
    },
  };
}
