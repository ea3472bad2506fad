// The three demo tickets. Written for this project; each thread alternates customer and agent and
// ends on the customer, so the open question is always the agent's next reply.

export type Author = 'end-user' | 'agent';

export interface DemoMessage {
  author: Author;
  /** Display name of the sender (the requester for `end-user`, an agent otherwise). */
  sender: string;
  /** ISO 8601, UTC. Fixed so screenshots and tests are stable. */
  sentAt: string;
  /** Plain text; blank lines separate paragraphs. */
  text: string;
}

export interface DemoTicket {
  id: string;
  subject: string;
  requester: { name: string; email: string; location: string };
  status: 'New' | 'Open' | 'Pending';
  priority: 'Low' | 'Normal' | 'High' | 'Urgent';
  type: 'Question' | 'Incident' | 'Problem' | 'Task';
  tags: string[];
  messages: DemoMessage[];
}

/** The signed-in agent; also appears in `document.title`, as in Zendesk. */
export const CURRENT_AGENT = 'Sam Rivera';

export const TICKETS: DemoTicket[] = [
  {
    id: '1001',
    subject: 'Where is my order?? ORDER #4417 still not delivered',
    requester: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com', location: 'Portland, OR' },
    status: 'Open',
    priority: 'Urgent',
    type: 'Incident',
    tags: ['delivery', 'order_4417', 'escalated'],
    messages: [
      {
        author: 'end-user',
        sender: 'Dana Whitfield',
        sentAt: '2025-05-06T09:12:00Z',
        text:
          'Hi,\n\nI ordered a standing desk on April 28 (ORDER #4417) and the tracking page has said "in transit" for six days now. Can someone tell me where it is and when it will arrive?\n\nThanks,\nDana',
      },
      {
        author: 'agent',
        sender: 'Jordan Lee',
        sentAt: '2025-05-06T11:40:00Z',
        text:
          "Hi Dana,\n\nThanks for getting in touch. I've asked the courier for an update on ORDER #4417 and will come back to you within 24 hours.\n\nBest,\nJordan",
      },
      {
        author: 'end-user',
        sender: 'Dana Whitfield',
        sentAt: '2025-05-09T08:03:00Z',
        text:
          "It's been three days and nobody came back to me. The tracking hasn't moved and there is still no desk. I took a day off work to wait in for this delivery.",
      },
      {
        author: 'agent',
        sender: 'Jordan Lee',
        sentAt: '2025-05-09T14:26:00Z',
        text:
          "Hi Dana,\n\nI'm sorry for the wait. The courier tells us the parcel was held at their regional depot; they expect to deliver it by Monday.\n\nJordan",
      },
      {
        author: 'end-user',
        sender: 'Dana Whitfield',
        sentAt: '2025-05-13T07:51:00Z',
        text:
          "This is the THIRD time I've written to you. Monday came and went and there is STILL no desk. Where is my order?? ORDER #4417. Nobody answers, nobody calls, and your tracking page is useless.\n\nI paid $389 for this and I want it delivered or my money back. If I don't hear something real by tomorrow I'm leaving a one-star review everywhere I can and asking my bank for a chargeback.",
      },
    ],
  },
  {
    id: '1002',
    subject: 'Charged twice for my annual plan',
    requester: { name: 'Marcus Oyelaran', email: 'marcus.oyelaran@example.net', location: 'Manchester, UK' },
    status: 'Open',
    priority: 'High',
    type: 'Problem',
    tags: ['billing', 'duplicate_charge'],
    messages: [
      {
        author: 'end-user',
        sender: 'Marcus Oyelaran',
        sentAt: '2025-05-11T18:20:00Z',
        text:
          "Hello,\n\nI've just checked my bank statement and I was charged $49.00 twice on May 10 for my annual plan renewal. Please refund the duplicate payment.\n\nMarcus",
      },
      {
        author: 'agent',
        sender: 'Alex Moreno',
        sentAt: '2025-05-12T08:15:00Z',
        text:
          'Hi Marcus,\n\nThanks for flagging this. Could you send the last four digits of the card and the references shown on your statement? That lets our billing team match both payments.\n\nAlex',
      },
      {
        author: 'end-user',
        sender: 'Marcus Oyelaran',
        sentAt: '2025-05-12T08:47:00Z',
        text: 'Card ending 4821. References TX-88213 and TX-88214.',
      },
      {
        author: 'agent',
        sender: 'Alex Moreno',
        sentAt: '2025-05-12T10:02:00Z',
        text:
          "Thanks Marcus. I've passed both references to billing and asked them to refund the duplicate payment.\n\nAlex",
      },
      {
        author: 'end-user',
        sender: 'Marcus Oyelaran',
        sentAt: '2025-05-14T19:33:00Z',
        text:
          "It's two days later and the money still isn't back. I've been a customer for four years and I shouldn't have to chase you for my own money.\n\nI want the double charge refunded today, with a confirmation in writing, not another \"we've passed it on\". Honestly, this is really frustrating.",
      },
    ],
  },
  {
    id: '1003',
    subject: 'Promo code SPRING20 not applied at checkout',
    requester: { name: 'Lena Hoffmann', email: 'lena.hoffmann@example.org', location: 'Hamburg, DE' },
    status: 'New',
    priority: 'Normal',
    type: 'Question',
    tags: ['discount', 'promo_code'],
    messages: [
      {
        author: 'end-user',
        sender: 'Lena Hoffmann',
        sentAt: '2025-05-14T10:05:00Z',
        text:
          "Hi there,\n\nI tried to use the code SPRING20 from your newsletter when I ordered a pair of running shoes yesterday, but the discount didn't come off at checkout and the order went through at the full price ($120).\n\nIs there any way to apply the 20% now?\n\nThanks,\nLena",
      },
      {
        author: 'agent',
        sender: 'Jordan Lee',
        sentAt: '2025-05-14T11:30:00Z',
        text: 'Hi Lena,\n\nThanks for reaching out! Could you share your order number so I can take a look?\n\nJordan',
      },
      {
        author: 'end-user',
        sender: 'Lena Hoffmann',
        sentAt: '2025-05-14T11:52:00Z',
        text:
          "Of course, it's ORDER #5120. No rush, I just wanted to check whether the code is still valid. Thanks for your help!",
      },
    ],
  },
];
