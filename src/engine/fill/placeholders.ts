// Placeholder syntax, as agents know it from Zendesk/Freshdesk macros: `{{ticket.requester.first_name}}`, and
// agent-fill slots `{{fill:order_number}}`. Names are case-sensitive; spaces inside the braces are allowed.
import { KNOWN_PLACEHOLDERS } from '../types';

/** `{{ name }}`: the name may not hold braces, so `{{{{x}}}}` is read as literal braces around `{{x}}`. */
export const PLACEHOLDER = /\{\{[ \t]*([^{}\n]*?)[ \t]*\}\}/g;

const SLOT = /^fill:([a-z_]+)$/;
const KNOWN = new Set<string>(KNOWN_PLACEHOLDERS);

/** The slot name of an agent-fill placeholder (`fill:order_number` → `order_number`), else undefined. */
export function slotName(name: string): string | undefined {
  return SLOT.exec(name)?.[1];
}

/** True for the ticket/agent placeholders we fill and for well-formed `fill:name` slots. */
export function isKnownPlaceholder(name: string): boolean {
  return KNOWN.has(name) || slotName(name) !== undefined;
}

/** Every placeholder name used in a text (known or not), once each, in order of first use. */
export function listPlaceholders(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(PLACEHOLDER)) names.add(m[1]!);
  return [...names];
}
