// Bounds the text the analysers read, so that a pasted megabyte costs the same as a long email. A customer's
// latest words matter most, so the window is the END of a message.

/** Characters of the latest customer message analysed: its last ~8 000 (a long email; a 1 MB paste is cut). */
export const LATEST_WINDOW = 8_000;
/** Characters from the START of a latest message too long to read whole: customers state the problem first,
 * then paste logs or order histories below it. */
export const HEAD_WINDOW = 2_000;
/** Characters of earlier customer messages analysed, all together, most recent first. */
export const EARLIER_WINDOW = 4_000;
/** Characters of the ticket subject analysed. */
export const SUBJECT_WINDOW = 300;

export interface TextWindow {
  text: string;
  /** Where `text` starts in the full text: evidence offsets are shifted by it. */
  offset: number;
}

/** The last `max` characters of `text`, starting at a word boundary when one is near so no word is cut in half. */
export function tailWindow(text: string, max: number): TextWindow {
  if (text.length <= max) return { text, offset: 0 };
  let offset = text.length - max;
  const boundary = text.slice(offset, offset + 40).search(/\s/);
  if (boundary >= 0) offset += boundary + 1;
  return { text: text.slice(offset), offset };
}

/** Tail windows of several texts, most recent last in the input, sharing one budget spent on the most recent first. */
export function budgetWindows(texts: string[], budget: number): string[] {
  const windows: string[] = [];
  let left = budget;
  for (let i = texts.length - 1; i >= 0 && left > 0; i--) {
    const window = tailWindow(texts[i]!, left).text;
    windows.push(window);
    left -= window.length;
  }
  return windows;
}

/** The first `max` characters of `text`, ending at a word boundary when one is near. */
export function headWindow(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(max - 40, max).search(/\s\S*$/);
  return text.slice(0, cut >= 0 ? max - 40 + cut : max);
}
