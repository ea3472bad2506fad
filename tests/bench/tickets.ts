// Tickets as the extension hands them to the engine (TicketSnapshot), in the three sizes the benchmark reads:
// a 300-character message, a 20 KB thread (customer messages from the corpus, agent replies from the bank), and
// a 1 MB paste (one customer message, e.g. a log pasted into the reply).
import type { Bank, TicketMessage, TicketSnapshot } from '../../src/engine/types';
import { pick, seededRandom, ticketPool, type Corpus } from './corpus';

export type TicketSize = '300 chars' | '20 KB thread' | '1 MB paste';
export const TICKET_SIZES: readonly TicketSize[] = ['300 chars', '20 KB thread', '1 MB paste'];

function single(text: string): TicketSnapshot {
  return { helpdesk: 'zendesk', messages: [{ role: 'customer', text }], latestCustomerMessage: text };
}

function thread(corpus: Corpus, bank: Bank, size: number, random: () => number, seed: number): TicketSnapshot {
  const messages: TicketMessage[] = [];
  let length = 0;
  for (let n = 0; length < size; n++) {
    const customer = n % 2 === 0 || length + 2_000 > size;
    const text = customer
      ? ticketPool(corpus, 300 + Math.floor(random() * 1200), 1, seed * 1000 + n)[0]!
      : Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick(bank.phrases, random).text).join(' ');
    messages.push({ role: customer ? 'customer' : 'agent', text });
    length += text.length;
  }
  const latest = [...messages].reverse().find((m) => m.role === 'customer')!.text;
  return { helpdesk: 'zendesk', subject: 'Re: my order', messages, latestCustomerMessage: latest };
}

/** A pool of different tickets per size: each timed call reads the next one. */
export function ticketPools(corpus: Corpus, bank: Bank): Record<TicketSize, TicketSnapshot[]> {
  const random = seededRandom(11);
  return {
    '300 chars': ticketPool(corpus, 300, 64, 21).map(single),
    '20 KB thread': Array.from({ length: 16 }, (_, i) => thread(corpus, bank, 20_000, random, i + 1)),
    '1 MB paste': ticketPool(corpus, 1_000_000, 4, 23).map(single),
  };
}

/** Every character of a ticket the engine is handed. */
export function ticketText(ticket: TicketSnapshot): string {
  return ticket.messages.map((m) => m.text).join('\n\n');
}
