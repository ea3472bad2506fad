// Removing a placeholder that has no value without leaving a gap: "Hi {{name}}, thanks" → "Hi, thanks",
// "Thanks, {{agent}}" → "Thanks", "Order {{id}} is late" → "Order is late", "{{name}}, thanks" → "Thanks".

/** How to close the gap: what to cut before, how many source characters to skip after, and whether the text
 * that follows now starts a sentence and needs a capital. */
export interface GapFix {
  cutBefore: RegExp[];
  skipAfter: number;
  capitalise: boolean;
}

const SPACES_AT_END = /[ \t]+$/;
const SEPARATOR_AT_END = /[ \t]*[,\u2013\u2014-][ \t]*$/;
const COMMA_AT_END = /[ \t]*,[ \t]*$/;
const NEWLINE_AT_END = /\r?\n$/;
const LINE_BREAK_AT_END = /[ \t]*,?[ \t]*\r?\n[ \t]*$/;
const OPENING_BRACKET_AT_END = /[ \t]*\([ \t]*$/;
const CLOSING_PUNCTUATION = /[,.;:!?)\]\u2026]/;
const SENTENCE_END = /[.!?\u2026][ \t]*$/;

/** How far either side of a placeholder the tidying looks: enough for any real text, and it keeps a pathological
 * text (a megabyte of spaces) from making the end-anchored patterns slow. */
export const GAP_WINDOW = 64;

/** `before`: the filled text so far (its last GAP_WINDOW characters); `after`: the source text that follows. */
export function closeGap(before: string, after: string): GapFix {
  const startsLine = /^[ \t]*$/.test(before.slice(before.lastIndexOf('\n') + 1));
  const spaces = /^[ \t]*/.exec(after)![0].length;
  const next = after[spaces];

  if (next === undefined || next === '\n' || next === '\r') {
    // The placeholder ended its line. Alone on it, the line goes; after words, so does a separator before it.
    if (!startsLine) return { cutBefore: [SEPARATOR_AT_END, SPACES_AT_END], skipAfter: spaces, capitalise: false };
    if (next === undefined) return { cutBefore: [SPACES_AT_END, NEWLINE_AT_END], skipAfter: spaces, capitalise: false };
    return { cutBefore: [SPACES_AT_END], skipAfter: spaces + (after.startsWith('\r\n', spaces) ? 2 : 1), capitalise: false };
  }

  if (CLOSING_PUNCTUATION.test(next)) {
    if (startsLine && next === ',') {
      // "{{name}}, thanks for waiting" → "Thanks for waiting"
      const rest = /^[ \t]*,[ \t]*/.exec(after)![0].length;
      return { cutBefore: [SPACES_AT_END], skipAfter: rest, capitalise: true };
    }
    if (startsLine && before.includes('\n')) {
      // "I'll see to it,\n{{agent}}." → "I'll see to it." rather than a line holding only the full stop.
      return { cutBefore: [LINE_BREAK_AT_END], skipAfter: spaces, capitalise: false };
    }
    if (startsLine) {
      // "{{name}}. Thanks" at the very start → "Thanks"
      const rest = /^[ \t]*[^\s\w][ \t]*/.exec(after)![0].length;
      return { cutBefore: [SPACES_AT_END], skipAfter: rest, capitalise: true };
    }
    // "Ticket ({{id}}) is open" → "Ticket is open"
    if (next === ')' && OPENING_BRACKET_AT_END.test(before)) return { cutBefore: [OPENING_BRACKET_AT_END], skipAfter: spaces + 1, capitalise: false };
    // "Hi {{name}}, thanks" → "Hi, thanks"; "Thanks, {{agent}}." → "Thanks."
    const cutComma = next !== ',' && COMMA_AT_END.test(before);
    return { cutBefore: [cutComma ? COMMA_AT_END : SPACES_AT_END], skipAfter: spaces, capitalise: false };
  }

  // A word follows: keep one space between the words either side.
  const spaceBefore = startsLine || /[\s([{]$/.test(before);
  return { cutBefore: [], skipAfter: spaceBefore ? spaces : 0, capitalise: startsLine || SENTENCE_END.test(before) };
}
