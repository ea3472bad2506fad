// Builds the DOM of one Freshdesk (Mint UI) ticket view. The classes and attributes the extension's
// Freshdesk selectors rely on are listed in tests/demo/README.md; the rest are this page's own styling.

import { avatarColour, el, formatTime, initials, paragraphs } from '../shared/dom';
import type { FreshdeskItem, FreshdeskTicket, ItemKind } from './tickets';

export interface ConversationItem extends FreshdeskItem {
  /** Freshdesk's conversation / note id (a long integer). */
  noteId: string;
}

const ACTION: Record<ItemKind, string> = {
  requester: 'reported via email',
  agent: 'replied',
  note: 'added a private note',
};

/**
 * One conversation item: `.ticket-details__item[data-album]`. Who wrote it is in `data-incoming`, named after
 * the `incoming` field of Freshdesk's conversation API (true = from the requester); private notes are also
 * `.ticket_note[data-note-id]` with `data-private="true"`.
 */
export function renderItem(item: ConversationItem): HTMLElement {
  const isNote = item.kind === 'note';
  const isAgent = item.kind !== 'requester';
  return el(
    'div',
    {
      class: `ticket-details__item ticket-details__item--${item.kind}${isNote ? ' ticket_note' : ''}`,
      'data-album': item.noteId,
      'data-note-id': isNote ? item.noteId : undefined,
      'data-incoming': String(item.kind === 'requester'),
      'data-private': String(isNote),
    },
    el(
      'span',
      { class: 'ticket-details__avatar', 'aria-hidden': 'true', style: `background: ${avatarColour(item.author, isAgent)}` },
      initials(item.author),
    ),
    el(
      'div',
      { class: 'ticket-details__card' },
      el(
        'div',
        { class: 'ticket-details__head' },
        el('a', { class: 'ticket-details__author', href: '#' }, item.author),
        el('span', { class: 'ticket-details__action' }, ` ${ACTION[item.kind]}`),
        el('time', { class: 'ticket-details__time', datetime: item.sentAt }, formatTime(item.sentAt)),
      ),
      el('div', { class: 'ticket-details__body' }, ...paragraphs(item.text)),
    ),
  );
}

function property(label: string, value: string): HTMLElement {
  return el('div', { class: 'prop' }, el('label', { class: 'prop__label' }, label), el('div', { class: 'prop__value' }, value));
}

function sidePanel(ticket: FreshdeskTicket, agent: string): HTMLElement {
  return el(
    'aside',
    { class: 'ticket-sidebar', 'aria-label': 'Ticket properties and contact' },
    el(
      'section',
      { class: 'ticket-sidebar__card requester-info' },
      el('h3', { class: 'ticket-sidebar__title' }, 'Contact details'),
      el('a', { class: 'requester-info__name', href: '#' }, ticket.requester.name),
      el('div', { class: 'requester-info__email' }, ticket.requester.email),
      el('div', { class: 'requester-info__company' }, `Company: ${ticket.requester.company}`),
    ),
    el(
      'section',
      { class: 'ticket-sidebar__card' },
      el('h3', { class: 'ticket-sidebar__title' }, 'Properties'),
      property('Type', ticket.type),
      property('Status', ticket.status),
      property('Priority', ticket.priority),
      property('Group', 'Customer Support'),
      property('Agent', agent),
    ),
  );
}

/** The action bar Freshdesk shows above a ticket (`.page-actions__left`). */
function pageActions(): HTMLElement {
  const button = (label: string) => el('button', { type: 'button', class: 'page-actions__button' }, label);
  return el(
    'div',
    { class: 'page-actions' },
    el('div', { class: 'page-actions__left' }, button('Reply'), button('Add note'), button('Forward'), button('Close'), button('Merge')),
  );
}

/** Subject heading: the text plus controls inside the same element, as in Freshdesk — readers must skip the children. */
function subjectHeading(ticket: FreshdeskTicket): HTMLElement {
  return el(
    'h2',
    { class: 'ticket-subject-heading' },
    ticket.subject,
    el('button', { type: 'button', class: 'ticket-subject-heading__edit', 'aria-label': 'Edit subject', title: 'Edit subject' }, '✎'),
  );
}

function tagList(ticket: FreshdeskTicket): HTMLElement {
  return el(
    'div',
    { class: 'ticket-tags' },
    el('ul', {}, ...ticket.tags.map((tag) => el('li', {}, el('span', { class: 'tag-options' }, tag)))),
  );
}

export interface RenderedTicket {
  root: HTMLElement;
  conversation: HTMLElement;
  editorHost: HTMLElement;
  send: HTMLButtonElement;
}

/** The whole ticket view; hidden until it is the current ticket. The Froala editor is created into `editorHost`. */
export function renderTicket(ticket: FreshdeskTicket, agent: string, items: ConversationItem[]): RenderedTicket {
  const conversation = el('div', { class: 'ticket-conversation', role: 'log' }, ...items.map(renderItem));
  const editorHost = el('div', { class: 'reply-editor__host' });
  const send = el('button', { type: 'button', class: 'reply-editor__send' }, 'Send');
  const reply = el(
    'div',
    { class: 'reply-editor' },
    el(
      'div',
      { class: 'reply-editor__meta' },
      el('span', {}, 'From: ', el('strong', {}, 'Northwind Support <support@northwind.example>')),
      el('span', {}, 'To: ', el('strong', {}, `${ticket.requester.name} <${ticket.requester.email}>`)),
    ),
    editorHost,
    el('div', { class: 'reply-editor__footer' }, send),
  );
  const root = el(
    'section',
    { class: 'ticket-view', 'data-ticket-id': ticket.id, hidden: true },
    el(
      'div',
      { class: 'ticket-view__main' },
      pageActions(),
      el('div', { class: 'ticket-view__header' }, subjectHeading(ticket), tagList(ticket)),
      conversation,
      reply,
    ),
    sidePanel(ticket, agent),
  );
  return { root, conversation, editorHost, send };
}

/** Shown for an id that is not a demo ticket. */
export function renderMissingTicket(id: string): HTMLElement {
  return el(
    'section',
    { class: 'missing-ticket' },
    el('h1', {}, `Ticket #${id} not found`),
    el('p', {}, 'This demo has tickets #2001 and #2002. Pick one from the list on the left.'),
  );
}
