// The two demo Freshdesk tickets. Written for this project. Each thread ends on the customer, so the open
// question is always the agent's next reply; #2001 also carries a private note, which is the agents' own
// words and never the customer's.

export type ItemKind = 'requester' | 'agent' | 'note';

export interface FreshdeskItem {
  kind: ItemKind;
  /** Display name of the author (the requester for `requester`, an agent otherwise). */
  author: string;
  /** ISO 8601, UTC. Fixed so screenshots and tests are stable. */
  sentAt: string;
  /** Plain text; blank lines separate paragraphs. */
  text: string;
}

export interface FreshdeskTicket {
  id: string;
  subject: string;
  requester: { name: string; email: string; company: string };
  status: 'Open' | 'Pending';
  priority: 'Low' | 'Medium' | 'High' | 'Urgent';
  type: string;
  tags: string[];
  items: FreshdeskItem[];
}

/** The signed-in agent, shown in the header's profile menu. */
export const CURRENT_AGENT = 'Riley Chen';

export const TICKETS: FreshdeskTicket[] = [
  {
    id: '2001',
    subject: 'Blender arrived broken AGAIN',
    requester: { name: 'Priya Nair', email: 'priya.nair@example.com', company: '—' },
    status: 'Open',
    priority: 'Urgent',
    type: 'Problem',
    tags: ['faulty', 'replacement', 'order_B77812'],
    items: [
      {
        kind: 'requester',
        author: 'Priya Nair',
        sentAt: '2025-05-02T16:40:00Z',
        text:
          'Hello,\n\nMy PowerBlend 900 blender (order B-77812) arrived today with a cracked jug. It leaks as soon as I add water, so I cannot use it.\n\nCan you send me a new one please?\n\nPriya',
      },
      {
        kind: 'agent',
        author: 'Maya Patel',
        sentAt: '2025-05-03T09:05:00Z',
        text:
          "Hi Priya,\n\nI'm sorry the blender arrived damaged. I've arranged a replacement, which should reach you within 5 working days. You don't need to send the broken one back.\n\nMaya",
      },
      {
        kind: 'note',
        author: 'Maya Patel',
        sentAt: '2025-05-03T09:07:00Z',
        text: 'Replacement shipped from the Leeds warehouse. If this one is damaged too, offer a full refund without asking for a return.',
      },
      {
        kind: 'requester',
        author: 'Priya Nair',
        sentAt: '2025-05-09T18:22:00Z',
        text:
          "Unbelievable. The SECOND blender arrived broken too, the jug is cracked in exactly the same place. Do you even check what you send out?\n\nI have now wasted two weeks and two afternoons waiting for deliveries. I don't want a third one, I want my money back, all $129 of it, and I want it today. This is the worst service I have ever had.",
      },
    ],
  },
  {
    id: '2002',
    subject: 'Cancel my subscription',
    requester: { name: 'Tom Becker', email: 'tom.becker@example.org', company: 'Becker Design' },
    status: 'Open',
    priority: 'Low',
    type: 'Question',
    tags: ['cancellation', 'subscription'],
    items: [
      {
        kind: 'requester',
        author: 'Tom Becker',
        sentAt: '2025-05-12T10:14:00Z',
        text:
          "Hi,\n\nI'd like to cancel my monthly coffee subscription, please. I've enjoyed it, but I'm moving abroad at the end of the month and won't be able to receive deliveries.\n\nCould you confirm when the last payment will be taken?\n\nThanks,\nTom",
      },
    ],
  },
];
