// Where a draft quotes someone else. An agent quoting the customer ("you said 'calm down'") or an email quote
// (lines starting with `>`) is not the agent saying it, so the linter skips those words.
//
// Quotations are found line by line and never span lines: a quotation mark left open on a line quotes nothing,
// so one stray mark cannot hide the rest of the draft from the linter.

export interface Range {
  start: number;
  end: number;
}

const EMAIL_QUOTE = /^[ \t]*>/;
const DOUBLE_QUOTES = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u301D', '\u301E', '\uFF02']);
// Apostrophes double as single quotation marks; which one a mark is depends on what surrounds it.
const SINGLE_QUOTES = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B', '\u02BC', '\u2032', '\u0060', '\u00B4']);
const WORD_CHAR = /[\p{L}\p{N}]/u;
// What may stand before an opening single quote: nothing, a space, an opening bracket, a dash, a colon.
const BEFORE_OPENING = /[\s([{\u2014\u2013\-:"\u201C]/u;
// What may follow a closing single quote: nothing, a space, punctuation, a closing bracket.
const AFTER_CLOSING = /[\s.,;:!?)\]}\u2014\u2013\-"\u201D\u2026]/u;
// Words that begin with an apostrophe ('cause, 'em): the apostrophe is not opening a quotation.
const ELISIONS = /^(?:cause|cos|em|til|tis|twas|bout|round|kay)(?![\p{L}\p{N}])/iu;

/** Ranges of `text` (sorted, disjoint) that quote someone: `>` lines and text between quotation marks. */
export function quotedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (EMAIL_QUOTE.test(line)) ranges.push({ start: lineStart, end: lineEnd });
    else for (const r of quotationsInLine(line)) ranges.push({ start: lineStart + r.start, end: lineStart + r.end });
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return ranges;
}

function quotationsInLine(line: string): Range[] {
  const found: Range[] = [];
  const nextClosing = singleQuoteCloser(line);
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    const close = DOUBLE_QUOTES.has(ch) ? nextDoubleQuote(line, i + 1) : opensSingleQuote(line, i) ? nextClosing(i + 2) : -1;
    if (close === -1) {
      i += 1;
      continue;
    }
    found.push({ start: i, end: close + 1 });
    i = close + 1;
  }
  return found;
}

function nextDoubleQuote(line: string, from: number): number {
  for (let j = from; j < line.length; j++) if (DOUBLE_QUOTES.has(line[j]!)) return j;
  return -1;
}

function opensSingleQuote(line: string, i: number): boolean {
  if (!SINGLE_QUOTES.has(line[i]!)) return false;
  const before = line[i - 1];
  const after = line[i + 1];
  if (before !== undefined && !BEFORE_OPENING.test(before)) return false;
  if (after === undefined || !WORD_CHAR.test(after)) return false;
  return !ELISIONS.test(line.slice(i + 1, i + 8));
}

function closesSingleQuote(line: string, j: number): boolean {
  if (!SINGLE_QUOTES.has(line[j]!) || /\s/.test(line[j - 1] ?? ' ')) return false;
  const after = line[j + 1];
  return after === undefined || AFTER_CLOSING.test(after);
}

/**
 * Finds the first closing single quote at or after a position. Openers are asked about left to right, so the
 * last answer is remembered and reused: a long line of unclosed quotes costs one scan, not one per quote.
 */
function singleQuoteCloser(line: string): (from: number) => number {
  let scannedFrom = Infinity;
  let answer = -1;
  return (from) => {
    if (from >= scannedFrom && (answer === -1 || answer >= from)) return answer;
    scannedFrom = from;
    answer = -1;
    for (let j = from; j < line.length; j++) {
      if (closesSingleQuote(line, j)) {
        answer = j;
        break;
      }
    }
    return answer;
  };
}
