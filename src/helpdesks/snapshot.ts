import type { TicketMessage } from '../engine/types';

/** The text of the customer's latest message, '' when they have written none: what the reply answers. */
export function latestCustomerText(messages: TicketMessage[]): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]!.role === 'customer') return messages[i]!.text;
  }
  return '';
}
