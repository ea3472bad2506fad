// Placeholder filling: turns a phrase's `{{ticket.requester.first_name}}`, `{{ticket.id}}`… into the ticket's
// values, and `{{fill:name}}` slots into what the agent typed, as the text will be inserted.
//
// - A known placeholder with no value is removed with the space or separator around it, so the text reads as
//   if it had never been there (see tidy.ts).
// - An unknown placeholder (`{{ticket.foo}}`, `{{fill:Bad}}`) is left as written and reported in `missing`.
// - A slot with no value becomes a visible stand-in, "[order number]", and is reported in `slots`.
// - Filling is idempotent: values never bring braces into the text (see values.ts, segments.ts).
import type { KnownPlaceholder } from '../types';
import { isKnownPlaceholder, PLACEHOLDER, slotName } from './placeholders';
import { SegmentList, splitBraceRuns, type FillSegment } from './segments';
import { closeGap, GAP_WINDOW } from './tidy';
import { placeholderValue, slotValue, type FillContext } from './values';

export { isKnownPlaceholder, listPlaceholders } from './placeholders';
export type { FillContext } from './values';
export type { FillSegment, FillSegmentKind } from './segments';

export interface FillResult {
  text: string;
  /** The text cut into pieces: plain text, filled values, missing placeholders, slots awaiting the agent. */
  segments: FillSegment[];
  /** Placeholders that had no value, or that we don't know: each name once, in order. */
  missing: string[];
  /** Names of `{{fill:name}}` slots still needing the agent's input, once each, in order. */
  slots: string[];
}

/** "order_number" → "[order number]": what the agent sees where a slot still needs a value. */
function slotStandIn(slot: string): string {
  return `[${slot.replace(/_/g, ' ')}]`;
}

export function fillPlaceholders(text: string, context: FillContext = {}): FillResult {
  if (typeof text !== 'string') text = '';
  const list = new SegmentList();
  const missing = new Set<string>();
  const slots = new Set<string>();
  let position = 0;
  let capitalise = false;

  const addText = (piece: string): void => {
    if (capitalise && piece !== '') {
      piece = piece.charAt(0).toUpperCase() + piece.slice(1);
      capitalise = false;
    }
    list.add({ kind: 'text', text: piece });
  };

  for (const match of text.matchAll(PLACEHOLDER)) {
    // Tidying skips only spaces, separators and line breaks after a removed placeholder, never a brace, so
    // every match starts at or after `position`.
    addText(text.slice(position, match.index));
    position = match.index + match[0].length;
    const name = match[1]!;

    if (!isKnownPlaceholder(name)) {
      missing.add(name);
      capitalise = false;
      list.add({ kind: 'missing', text: match[0], name });
      continue;
    }
    const slot = slotName(name);
    const value = slot === undefined ? placeholderValue(name as KnownPlaceholder, context.ticket) : slotValue(slot, context);
    if (value !== undefined) {
      capitalise = false;
      list.add({ kind: 'value', text: value, name });
    } else if (slot !== undefined) {
      slots.add(slot);
      capitalise = false;
      list.add({ kind: 'slot', text: slotStandIn(slot), name: slot });
    } else {
      missing.add(name);
      const fix = closeGap(list.tail(GAP_WINDOW), text.slice(position, position + GAP_WINDOW));
      for (const cut of fix.cutBefore) list.trimEnd(cut);
      position += fix.skipAfter;
      capitalise = capitalise || fix.capitalise;
      list.add({ kind: 'missing', text: '', name });
    }
  }
  addText(text.slice(position));

  const segments = list.segments;
  splitBraceRuns(segments);
  return {
    text: segments.map((s) => s.text).join(''),
    segments,
    missing: [...missing],
    slots: [...slots],
  };
}
