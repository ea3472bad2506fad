// Freshdesk page structure, gathered in one place. When Freshdesk changes its UI, this is the file to edit.
// Real Freshdesk cannot be reached from here: every selector is a claim from /work/shared/reference/helpdesks.md
// (or, where marked, the demo fixture's own guess), tested against tests/demo/pages/freshdesk.

/** Current "Mint" UI (an Ember single-page app, 2022+). */
export const mint = {
  /** Ticket URL path: /a/tickets/<id>. */
  ticketPath: /\/a\/tickets\/(\d+)/,
  /** One view per open ticket. The demo's own marker; a ticket left behind may stay in the DOM, hidden. */
  ticketRoot: '[data-ticket-id]',
  ticketRootId: (root: Element) => root.getAttribute('data-ticket-id') ?? undefined,
  /** Subject heading; it also holds an edit button, so only its own text nodes are the subject. */
  subject: '.ticket-subject-heading, .description-subject',
  /** The app header's breadcrumb: its last item reads "#2001". */
  breadcrumbActive: '.breadcrumb__item.active',
  /** One conversation item (reference: `[data-album]`, `.ticket-details__item`). */
  item: '.ticket-details__item, [data-album]',
  /** Private notes: agents only, never the customer's words (reference: `.ticket_note[data-note-id]`). */
  privateNote: '.ticket_note, [data-private="true"]',
  /**
   * Who wrote an item. The real DOM marker is not known: `data-incoming` (named after the conversation API's
   * `incoming` field) and the `--requester` class are the demo's guess.
   */
  fromRequester: '[data-incoming="true"], .ticket-details__item--requester',
  /** Author, time and body of an item (the demo's guess). */
  itemAuthor: '.ticket-details__author',
  itemTime: 'time[datetime]',
  itemBody: '.ticket-details__body',
  /** Requester name in the contact panel (the demo's guess). */
  requesterName: '.requester-info__name',
  /** Signed-in agent's name in the header (the demo's guess). */
  agentName: '.agent-profile__name',
  /** The reply area: Froala is believed to be the editor, not confirmed. */
  replyArea: '.reply-editor, .fr-box',
  replyEditor: '.fr-box .fr-element.fr-view[contenteditable="true"]',
  /** Fallback when the editor is not Froala: any field the agent can type in inside the reply area. */
  anyField: '[contenteditable="true"], textarea',
} as const;

/**
 * Legacy UI (before Mint; `h2.subject`, `#ticket-display-id`): no fixture reproduces its conversation, so its
 * pages go to the generic adapter, which reads the message nearest the reply box.
 */
export const legacyTicketPath = /\/helpdesk\/tickets\/(\d+)/;

/** True when the page carries Freshdesk's own markers (for custom domains and test pages). */
export function looksLikeFreshdesk(doc: Document): boolean {
  return doc.querySelector(`${mint.subject}, .ticket-details__item[data-album], .ticket_note[data-note-id]`) !== null;
}
