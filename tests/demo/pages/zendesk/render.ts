// Builds the DOM of one Zendesk Agent Workspace ticket. Every `data-test-id` / `data-garden-id`
// attribute here is one the extension's Zendesk selectors rely on (see tests/demo/README.md);
// classes are only for this page's own stylesheet.

import { avatarColour, avatarDataUri, el, formatTime, initials, paragraphs } from '../shared/dom';
import type { Author, DemoTicket } from './tickets';

export interface LogEntry {
  commentId: string;
  author: Author;
  sender: string;
  sentAt: string;
  /** The message body, already built (paragraphs from text, or the composer's HTML). */
  body: Node[];
}

/** One message in the conversation log: `article[data-test-id="omni-log-comment-item"]`. */
export function renderLogEntry(entry: LogEntry): HTMLElement {
  const message = el(
    'div',
    { 'data-test-id': 'omni-log-item-message', type: entry.author, class: `log-message log-message--${entry.author}` },
    el(
      'span',
      {
        'data-garden-id': 'avatars.avatar',
        class: 'log-avatar',
        'aria-hidden': 'true',
        style: `background: ${avatarColour(entry.sender, entry.author === 'agent')}`,
      },
      initials(entry.sender),
    ),
    el(
      'div',
      { class: 'log-bubble' },
      el(
        'div',
        { class: 'log-head' },
        el('span', { 'data-test-id': 'omni-log-item-sender', class: 'log-sender' }, entry.sender),
        entry.author === 'agent' ? el('span', { class: 'log-badge' }, 'Public reply') : null,
        el('time', { datetime: entry.sentAt, class: 'log-time' }, formatTime(entry.sentAt)),
      ),
      el('div', { 'data-test-id': 'omni-log-message-content', class: 'log-content' }, ...entry.body),
    ),
  );
  return el(
    'article',
    { 'data-test-id': 'omni-log-comment-item', 'data-comment-id': entry.commentId, class: 'log-item' },
    message,
  );
}

export function textBody(text: string): Node[] {
  return paragraphs(text);
}

function property(label: string, value: Node | string): HTMLElement {
  return el('div', { class: 'prop' }, el('label', { class: 'prop-label' }, label), el('div', { class: 'prop-value' }, value));
}

function propertiesPanel(ticket: DemoTicket, agent: string): HTMLElement {
  return el(
    'aside',
    { class: 'properties', 'aria-label': 'Ticket properties' },
    property('Brand', 'Northwind Goods'),
    property('Requester', ticket.requester.name),
    property('Assignee', `Support / ${agent}`),
    property('Followers', '—'),
    property('Tags', el('div', { class: 'prop-tags' }, ...ticket.tags.map((tag) => el('span', { class: 'chip' }, tag)))),
    el(
      'div',
      { class: 'prop-row' },
      property('Type', ticket.type),
      property('Priority', el('span', { class: `priority priority--${ticket.priority.toLowerCase()}` }, ticket.priority)),
    ),
    property('Linked problem', '—'),
  );
}

function omniHeader(ticket: DemoTicket): HTMLElement {
  return el(
    'div',
    { class: 'omni-header' },
    el(
      'div',
      { class: 'omni-header-top' },
      // Zendesk shows the requester as a Garden tag whose avatar `alt` is the email; the name follows it.
      el(
        'div',
        { 'data-garden-id': 'tags.tag', class: 'requester-tag' },
        el('img', {
          'data-garden-id': 'tags.avatar',
          class: 'requester-avatar',
          src: avatarDataUri(ticket.requester.name),
          alt: ticket.requester.email,
        }),
        el('span', { class: 'requester-name' }, ticket.requester.name),
      ),
      el('span', { class: `status status--${ticket.status.toLowerCase()}` }, ticket.status),
      el('span', { class: 'omni-header-id' }, `#${ticket.id}`),
    ),
    el('input', {
      'data-test-id': 'omni-header-subject',
      class: 'subject',
      type: 'text',
      value: ticket.subject,
      'aria-label': 'Subject',
    }),
    el('div', { class: 'omni-header-meta' }, `Via email · ${ticket.requester.email}`),
  );
}

/** The reply area. The CKEditor is created into `.composer-editor-host` by composer.ts. */
function composer(ticket: DemoTicket): HTMLElement {
  return el(
    'div',
    { class: 'composer' },
    el(
      'div',
      { class: 'composer-bar' },
      el('button', { type: 'button', class: 'composer-channel' }, 'Public reply ▾'),
      el('span', { class: 'composer-to' }, 'To: ', el('strong', {}, ticket.requester.name)),
      el('span', { class: 'composer-cc' }, 'CC'),
    ),
    el('div', { class: 'composer-editor-host' }),
  );
}

function contextPanel(ticket: DemoTicket): HTMLElement {
  const history = el(
    'ul',
    { class: 'history' },
    el('li', {}, el('span', { class: 'history-dot' }), `#${ticket.id} ${ticket.subject}`),
    el('li', {}, el('span', { class: 'history-dot history-dot--solved' }), `#${Number(ticket.id) - 380} Question about sizes`),
  );
  return el(
    'aside',
    { class: 'context-panel', 'aria-label': 'Customer context' },
    el('div', { class: 'context-tabs' }, el('span', { class: 'context-tab context-tab--active' }, 'Customer'), el('span', { class: 'context-tab' }, 'Apps')),
    el(
      'div',
      { class: 'context-card' },
      el(
        'div',
        { class: 'context-person' },
        el('img', { class: 'context-avatar', src: avatarDataUri(ticket.requester.name), alt: '' }),
        el('div', {}, el('div', { class: 'context-name' }, ticket.requester.name), el('div', { class: 'context-sub' }, ticket.requester.email)),
      ),
      property('Location', ticket.requester.location),
      property('Language', 'English'),
      property('Notes', 'Add user notes'),
    ),
    el('div', { class: 'context-card' }, el('div', { class: 'context-title' }, 'Interaction history'), history),
  );
}

/** The whole per-ticket workspace; hidden until its tab is selected. */
export function renderTicket(ticket: DemoTicket, agent: string): { root: HTMLElement; log: HTMLElement; editorHost: HTMLElement; submit: HTMLButtonElement } {
  const log = el('div', { 'data-test-id': 'omni-log-container', class: 'omni-log', role: 'log' });
  ticket.messages.forEach((message, index) => {
    log.append(
      renderLogEntry({
        commentId: commentIdFor(ticket.id, index + 1),
        author: message.author,
        sender: message.sender,
        sentAt: message.sentAt,
        body: textBody(message.text),
      }),
    );
  });
  const reply = composer(ticket);
  const submit = el('button', { type: 'button', class: 'submit' }, 'Submit as Open');
  const root = el(
    'section',
    { class: 'ticket', 'data-ticket-id': ticket.id, 'data-side-conversations-anchor-id': ticket.id, hidden: true },
    propertiesPanel(ticket, agent),
    el(
      'div',
      { class: 'conversation-pane' },
      omniHeader(ticket),
      log,
      reply,
      el('footer', { class: 'ticket-footer' }, el('button', { type: 'button', class: 'footer-secondary' }, 'Close tab'), submit),
    ),
    contextPanel(ticket),
  );
  const editorHost = reply.querySelector<HTMLElement>('.composer-editor-host');
  if (!editorHost) throw new Error('composer markup lost its editor host');
  return { root, log, editorHost, submit };
}

/** Comment ids look like Zendesk's (long integers), unique per ticket and message number. */
export function commentIdFor(ticketId: string, sequence: number): string {
  return `${ticketId}${String(sequence).padStart(4, '0')}`;
}

/** The page shown for an id that is not one of the demo tickets, as Zendesk shows for a missing ticket. */
export function renderMissingTicket(id: string): HTMLElement {
  return el(
    'section',
    { class: 'missing-ticket' },
    el('h1', {}, `Ticket #${id} not found`),
    el('p', {}, 'This demo has tickets #1001, #1002 and #1003. Pick one from the tabs above.'),
  );
}
