// What each known placeholder stands for, taken from the ticket the adapter read.
import type { KnownPlaceholder, TicketSnapshot } from '../types';

export interface FillContext {
  ticket?: Partial<TicketSnapshot>;
  /** Values the agent typed for `{{fill:name}}` slots, by slot name. */
  slots?: Record<string, string>;
}

/**
 * A value fit to drop into a reply: one line, trimmed, and without braces, so that a name like "{{ticket.id}}"
 * cannot turn into a placeholder when the text is filled again. Blank means no value.
 */
export function cleanValue(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const clean = value.replace(/\s+/g, ' ').trim().replace(/\{/g, '(').replace(/\}/g, ')');
  return clean === '' ? undefined : clean;
}

/** "Jane Doe" → "Jane". An e-mail address standing in for a name is no first name. */
function firstWord(name: string | undefined): string | undefined {
  const first = name?.split(' ')[0];
  return first && !first.includes('@') ? first : undefined;
}

export function placeholderValue(name: KnownPlaceholder, ticket: Partial<TicketSnapshot> = {}): string | undefined {
  switch (name) {
    case 'ticket.requester.first_name':
      return cleanValue(ticket.requesterFirstName) ?? firstWord(cleanValue(ticket.requesterName));
    case 'ticket.requester.name':
      return cleanValue(ticket.requesterName);
    case 'ticket.id':
      return cleanValue(ticket.ticketId);
    case 'ticket.title':
      return cleanValue(ticket.subject);
    case 'current_user.first_name':
      return cleanValue(ticket.agentFirstName);
  }
}

export function slotValue(slot: string, context: FillContext): string | undefined {
  const slots = context.slots;
  return slots && Object.prototype.hasOwnProperty.call(slots, slot) ? cleanValue(slots[slot]) : undefined;
}
