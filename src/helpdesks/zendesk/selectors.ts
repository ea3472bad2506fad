// Zendesk Support page structure, gathered in one place. When Zendesk changes its UI, this is the file to edit.
// Every selector is a claim from ../shared/reference/helpdesks.md, tested against tests/demo fixture pages.

/** Agent Workspace (Zendesk's default UI since 2023). */
export const agentWorkspace = {
  /** Ticket URL path: /agent/tickets/<id>. */
  ticketPath: /\/agent\/tickets\/(\d+)/,
  /** One root per open ticket tab; background tabs stay in the DOM, hidden. */
  ticketRoot: '[data-side-conversations-anchor-id], [data-ticket-id]',
  ticketRootId: (root: Element) =>
    root.getAttribute('data-side-conversations-anchor-id') ?? root.getAttribute('data-ticket-id') ?? undefined,
  /** Subject field in the ticket header. */
  subject: 'input[data-test-id="omni-header-subject"], [data-test-id="ticket-pane-subject"]',
  /** Requester avatar (its alt is the email); the name is in the element after it. */
  requesterAvatar: '[data-garden-id="tags.avatar"]',
  /** Conversation log and its messages. */
  logContainer: '[data-test-id="omni-log-container"]',
  message: 'article[data-test-id="omni-log-comment-item"]',
  /** Wrapper whose `type` attribute says who wrote it: "end-user" (customer) or "agent". */
  messageAuthorType: '[data-test-id="omni-log-item-message"]',
  messageSender: '[data-test-id="omni-log-item-sender"]',
  messageBody: '[data-test-id="omni-log-message-content"]',
  messageTime: 'time[datetime]',
  /** Reply editor: CKEditor 5 (2023+), then the older rich-text containers. */
  replyEditor: [
    '[contenteditable="true"][data-test-id="omnicomposer-rich-text-ckeditor"]',
    'div[data-test-id="ticket-rich-text-editor"] [contenteditable="true"]',
    '.zendesk-editor--rich-text-container .zendesk-editor--rich-text-comment',
  ].join(', '),
} as const;

/** Zendesk classic (Agent Workspace off): a fallback for subject and requester only. */
export const classic = {
  ticket: '.ticket',
  subject: '.ticket .editable input[name=subject]',
  requester: '.sender',
} as const;

/** `document.title` reads "Ticket – Agent Name – Zendesk" (en dashes): the agent's name is next to last. */
export function agentNameFromTitle(title: string): string | undefined {
  const parts = title.split(/\s+[–—-]\s+/);
  return parts.length >= 3 ? parts[parts.length - 2]?.trim() || undefined : undefined;
}

/** True when the page carries Agent Workspace's own markers (for custom domains and test pages). */
export function looksLikeZendesk(doc: Document): boolean {
  return doc.querySelector(`${agentWorkspace.logContainer}, ${agentWorkspace.replyEditor}`) !== null;
}
