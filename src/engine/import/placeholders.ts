// Helpdesk placeholders → ours. Zendesk's names are ours already; Freshdesk's and a few spellings map cleanly;
// Liquid filters are dropped (our filler tidies a missing name away on its own); anything else becomes an
// agent-fill slot, so the phrase stays valid and the gap is visible to the agent instead of being pasted to the
// customer as `{{dc.refund_text}}`. Every change that loses something is reported.
import { KNOWN_PLACEHOLDERS } from '../types';

/** Other names for our placeholders, lowercase. Only exact equivalents: nothing that changes what is inserted. */
const ALIASES: Record<string, string> = {
  'ticket.requester.firstname': 'ticket.requester.first_name',
  'ticket.subject': 'ticket.title',
  'current_user.firstname': 'current_user.first_name',
  // Freshdesk's agent on a ticket is the one replying, whose first name is ours as current_user.
  'ticket.agent.first_name': 'current_user.first_name',
  'ticket.agent.firstname': 'current_user.first_name',
  ...Object.fromEntries(KNOWN_PLACEHOLDERS.map((name) => [name, name])),
};

const PLACEHOLDER = /\{\{[ \t]*([^{}\n]*?)[ \t]*\}\}/g;
const LIQUID_TAG = /\{%.*?%\}/s;
const SLOT = /^fill:[a-z_]+$/;

export interface TranslatedText {
  text: string;
  /** What was changed and what could not be kept, once per placeholder. */
  notes: string[];
  /** Set when the text cannot become a phrase as it stands. */
  blocker?: string;
}

/** `ticket.requester.email` → `requester_email`: a slot name (lowercase letters and underscores) saying what goes there. */
export function slotFor(name: string): string {
  const slot = name
    .toLowerCase()
    .replace(/^ticket\./, '')
    .replace(/^(?:dc\.|fill:)/, '')
    .replace(/^current_user\./, 'agent_')
    .replace(/[^a-z]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return slot || 'text';
}

export function translatePlaceholders(text: string): TranslatedText {
  const liquid = LIQUID_TAG.exec(text);
  if (liquid) {
    const shown = liquid[0].length > 30 ? `${liquid[0].slice(0, 29)}…` : liquid[0];
    return { text, notes: [], blocker: `uses Liquid logic (${shown}), which Composure cannot run: rewrite it as plain text` };
  }
  const notes = new Map<string, string>();
  const translated = text.replace(PLACEHOLDER, (whole, inside: string) => {
    const [base = '', ...filters] = inside.split('|').map((part) => part.trim());
    const ours = SLOT.test(base) ? base : ALIASES[base.toLowerCase()];
    if (ours) {
      if (filters.length > 0) notes.set(whole, `dropped the Liquid filter in ${whole}`);
      return `{{${ours}}}`;
    }
    const slot = `fill:${slotFor(base)}`;
    notes.set(whole, `${whole} has no equivalent: it became {{${slot}}}, for the agent to fill in`);
    return `{{${slot}}}`;
  });
  return { text: translated, notes: [...notes.values()] };
}
