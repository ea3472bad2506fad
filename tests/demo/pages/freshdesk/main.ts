// The demo Freshdesk (Mint UI) ticket page: two tickets in one single-page app. Like Freshdesk, opening
// another ticket changes the URL with history.pushState (no reload); here the ticket left behind stays in
// the DOM, hidden, editor included, so code must pick the visible one.

import type FroalaEditor from 'froala-editor';
import { el, initials, requireElement } from '../shared/dom';
import { createReplyEditor } from './composer';
import { renderItem, renderMissingTicket, renderTicket, type ConversationItem } from './render';
import { CURRENT_AGENT, TICKETS, type FreshdeskTicket, type ItemKind } from './tickets';
import './freshdesk.css';

/** What tests (and curious people, from the console) can drive: `window.demo`. */
export interface FreshdeskDemoApi {
  /** Resolves once every ticket's Froala editor is initialised. */
  ready: Promise<void>;
  switchTicket(id: string): void;
  /** Appends a message from the requester, as when a customer reply arrives; returns its `data-album` id. */
  addCustomerMessage(ticketId: string, text: string): string;
  /** That ticket's Froala instance (`html.get()`, `html.set()`…). */
  editor(ticketId: string): FroalaEditor | undefined;
  currentTicketId(): string;
}

interface OpenTicket {
  ticket: FreshdeskTicket;
  root: HTMLElement;
  conversation: HTMLElement;
  link: HTMLElement;
  editorHost: HTMLElement;
  editor?: FroalaEditor;
  nextSequence: number;
}

const TICKET_PATH = /^\/a\/tickets\/(\d+)\/?$/;

const ticketList = requireElement('#ticket-list');
const workspace = requireElement('#ticket-workspace');
const breadcrumbActive = requireElement('.breadcrumb__item.active');
const open = new Map<string, OpenTicket>();
let missing: HTMLElement | undefined;
let currentId = '';

function idFromPath(pathname: string): string {
  return TICKET_PATH.exec(pathname)?.[1] ?? TICKETS[0]?.id ?? '';
}

/** Conversation ids look like Freshdesk's (long integers), unique per ticket and item number. */
function noteIdFor(ticketId: string, sequence: number): string {
  return `4300${ticketId}${String(sequence).padStart(3, '0')}`;
}

function appendItem(entry: OpenTicket, kind: ItemKind, author: string, text: string): string {
  const noteId = noteIdFor(entry.ticket.id, entry.nextSequence++);
  entry.conversation.append(renderItem({ kind, author, text, sentAt: new Date().toISOString(), noteId }));
  entry.conversation.lastElementChild?.scrollIntoView({ block: 'nearest' });
  return noteId;
}

/** "Send": the draft becomes the agent's reply in the conversation, and the editor empties. */
function sendReply(entry: OpenTicket): void {
  const editor = entry.editor;
  if (!editor) return;
  const holder = document.createElement('div');
  holder.innerHTML = editor.html.get(); // Froala's own cleaned output of its editable.
  const text = [...holder.children].map((block) => block.textContent ?? '').join('\n\n').trim() || holder.textContent?.trim() || '';
  if (text === '') return;
  appendItem(entry, 'agent', CURRENT_AGENT, text);
  editor.html.set('');
}

function renderLink(ticket: FreshdeskTicket): HTMLElement {
  const link = el(
    'button',
    { type: 'button', class: 'ticket-list__item', 'data-ticket-link': ticket.id, 'aria-current': 'false' },
    el('span', { class: 'ticket-list__subject' }, ticket.subject),
    el('span', { class: 'ticket-list__sub' }, `${ticket.requester.name} · #${ticket.id}`),
  );
  link.addEventListener('click', () => switchTicket(ticket.id));
  return link;
}

/** Shows one ticket and hides the other; does not touch history (callers decide). */
function show(id: string): void {
  currentId = id;
  const ticket = open.get(id)?.ticket;
  document.title = ticket ? `#${id} ${ticket.subject} : Northwind Support` : 'Ticket not found : Northwind Support';
  breadcrumbActive.textContent = `#${id}`;
  for (const [ticketId, entry] of open) {
    const active = ticketId === id;
    entry.root.hidden = !active;
    entry.link.setAttribute('aria-current', active ? 'page' : 'false');
  }
  missing?.remove();
  missing = undefined;
  if (!ticket) {
    missing = renderMissingTicket(id);
    workspace.append(missing);
  }
}

function switchTicket(id: string): void {
  const target = String(id);
  if (target === currentId) return;
  history.pushState({ ticketId: target }, '', `/a/tickets/${target}`);
  show(target);
}

function addCustomerMessage(ticketId: string, text: string): string {
  const entry = open.get(String(ticketId));
  if (!entry) throw new Error(`demo.addCustomerMessage: no ticket #${ticketId} (have ${[...open.keys()].join(', ')})`);
  return appendItem(entry, 'requester', entry.ticket.requester.name, String(text));
}

function showAgent(): void {
  requireElement('.agent-profile').title = CURRENT_AGENT;
  requireElement('.agent-profile__avatar').textContent = initials(CURRENT_AGENT);
  requireElement('.agent-profile__name').textContent = CURRENT_AGENT;
}

function mount(): Promise<void> {
  showAgent();
  for (const ticket of TICKETS) {
    const items: ConversationItem[] = ticket.items.map((item, index) => ({ ...item, noteId: noteIdFor(ticket.id, index + 1) }));
    const { root, conversation, editorHost, send } = renderTicket(ticket, CURRENT_AGENT, items);
    const entry: OpenTicket = { ticket, root, conversation, editorHost, link: renderLink(ticket), nextSequence: items.length + 1 };
    send.addEventListener('click', () => sendReply(entry));
    ticketList.append(entry.link);
    workspace.append(root);
    open.set(ticket.id, entry);
  }
  show(idFromPath(location.pathname));
  return Promise.all(
    [...open.values()].map(async (entry) => {
      const firstName = entry.ticket.requester.name.split(' ')[0] ?? entry.ticket.requester.name;
      entry.editor = await createReplyEditor(entry.editorHost, `Reply to ${firstName}…`);
    }),
  ).then(() => {
    document.documentElement.dataset.demoReady = 'true';
  });
}

window.addEventListener('popstate', () => show(idFromPath(location.pathname)));

const api: FreshdeskDemoApi = {
  ready: mount(),
  switchTicket,
  addCustomerMessage,
  editor: (ticketId) => open.get(String(ticketId))?.editor,
  currentTicketId: () => currentId,
};
Object.assign(window, { demo: api });
