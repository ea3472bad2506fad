// The filled text as a list of pieces, so the sidebar can show which parts came from the ticket, which
// placeholders had no value and which slots still need the agent. Joined, the pieces are the filled text.

import { GAP_WINDOW } from './tidy';

export type FillSegmentKind = 'text' | 'value' | 'missing' | 'slot';

export interface FillSegment {
  kind: FillSegmentKind;
  /**
   * What this piece adds to the text: for `value` the value; for `slot` a visible stand-in ("[order number]");
   * for `missing` nothing when a known placeholder had no value, or the placeholder itself when it is unknown.
   */
  text: string;
  /** The placeholder name (`ticket.id`, `fill:order_number`) for value and missing; the slot name for slot. */
  name?: string;
}

export class SegmentList {
  private readonly pieces: FillSegment[] = [];
  /**
   * Indexes of the pieces that hold text, last on top. Tidying only ever looks at the end of the text, and a
   * text of thousands of removed placeholders must not make it walk back over thousands of empty pieces.
   */
  private readonly withText: number[] = [];

  /** The pieces, without the plain-text ones that tidying emptied. */
  get segments(): FillSegment[] {
    return this.pieces.filter((p) => p.kind !== 'text' || p.text !== '');
  }

  /** The last `length` characters of the text so far. */
  tail(length: number): string {
    let tail = '';
    for (let i = this.withText.length - 1; i >= 0 && tail.length < length; i--) {
      tail = this.pieces[this.withText[i]!]!.text.slice(-length) + tail;
    }
    return tail.slice(-length);
  }

  add(segment: FillSegment): void {
    const last = this.pieces[this.pieces.length - 1];
    if (segment.kind === 'text' && last?.kind === 'text') {
      if (last.text === '' && segment.text !== '') this.withText.push(this.pieces.length - 1);
      last.text += segment.text;
      return;
    }
    if (segment.kind === 'text' && segment.text === '') return;
    this.pieces.push({ ...segment });
    if (segment.text !== '') this.withText.push(this.pieces.length - 1);
  }

  /**
   * Removes what `pattern` (anchored at the end, e.g. /[ \t]+$/) matches from the end of the text, if it lies in
   * the last piece that has text and that piece is plain text: values are never cut.
   */
  trimEnd(pattern: RegExp): void {
    const top = this.withText[this.withText.length - 1];
    const piece = top === undefined ? undefined : this.pieces[top]!;
    if (!piece || piece.kind !== 'text') return;
    const cut = pattern.exec(piece.text.slice(-GAP_WINDOW))?.[0].length ?? 0;
    if (cut === 0) return;
    piece.text = piece.text.slice(0, -cut);
    if (piece.text === '') this.withText.pop();
  }
}

/**
 * Literal braces in the text ("{{{{x}}}}", or "{" and "{ticket.id}}" brought together by removing a placeholder
 * between them) could form a placeholder that the next fill would expand. Splitting every "{{" in plain text
 * keeps filling idempotent; in real phrases there is none to split.
 */
export function splitBraceRuns(segments: FillSegment[]): void {
  // Walked from the end, so the character that follows each piece is known without looking ahead.
  let following: string | undefined;
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]!;
    if (segment.kind === 'text' && segment.text.includes('{')) {
      let split = '';
      for (let c = 0; c < segment.text.length; c++) {
        const ch = segment.text[c]!;
        const next = c + 1 < segment.text.length ? segment.text[c + 1] : following;
        split += ch === '{' && next === '{' ? '{ ' : ch;
      }
      segment.text = split;
    }
    if (segment.text !== '') following = segment.text[0];
  }
}
