// The demo Zendesk Agent Workspace: three ticket tabs in one single-page app. Like Zendesk, switching
// tabs changes the URL with history.pushState (no reload) and the background tickets — log and
// editor included — stay in the DOM, hidden.

import type { ClassicEditor } from 'ckeditor5';
import { createComposerEditor } from './composer';
import { el, requireElement } from '../shared/dom';
import { commentIdFor, renderLogEntry, renderMissingTicket, renderTicket, textBody } from './render';
import { CURRENT_AGENT, TICKETS, type Author, type DemoTicket } from './tickets';
import './zendesk.css';

/** What tests (and curious people, from the console) can drive: `window.demo`. */
export interface DemoApi {
  /** Resolves once every ticket's CKEditor exists. */
  ready: Promise<void>;
  switchTicket(id: string): void;
  /** Appends a message from the requester, as when a customer reply arrives; returns its comment id. */
  addCustomerMessage(ticketId: string, text: string): string;
  editor(ticketId: string): ClassicEditor | undefined;
  currentTicketId(): string;
}

interface OpenTicket {
  ticket: DemoTicket;
  root: HTMLElement;
  log: HTMLElement;
  tab: HTMLElement;
  editorHost: HTMLElement;
  editor?: ClassicEditor;
  /** Next message number in this ticket's log, for comment ids. */
  nextSequence: number;
}

const TICKET_PATH = /^\/agent\/tickets\/(\d+)\/?$/;

const tabBar = requireElement('#ticket-tabs');
const workspaces = requireElement('#workspaces');
const open = new Map<string, OpenTicket>();
let missing: HTMLElement | undefined;
let currentId = '';

function idFromPath(pathname: string): string {
  return TICKET_PATH.exec(pathname)?.[1] ?? TICKETS[0]?.id ?? '';
}

function renderTab(ticket: DemoTicket): HTMLElement {
  const tab = el(
    'button',
    { type: 'button', role: 'tab', class: 'tab', 'data-tab-for': ticket.id, 'aria-selected': 'false' },
    el('span', { class: 'tab-title' }, ticket.subject),
    el('span', { class: 'tab-sub' }, `${ticket.requester.name} · #${ticket.id}`),
  );
  tab.addEventListener('click', () => switchTicket(ticket.id));
  return tab;
}

function appendMessage(entry: OpenTicket, author: Author, sender: string, body: Node[]): string {
  const commentId = commentIdFor(entry.ticket.id, entry.nextSequence++);
  entry.log.append(renderLogEntry({ commentId, author, sender, sentAt: new Date().toISOString(), body }));
  entry.log.scrollTop = entry.log.scrollHeight;
  return commentId;
}

/** "Submit as Open": the agent's draft becomes a public reply in the log, and the composer empties. */
function submitReply(entry: OpenTicket): void {
  const editor = entry.editor;
  if (!editor) return;
  const html = editor.getData();
  if (html.trim() === '') return;
  const body = el('div');
  body.innerHTML = html; // CKEditor's own output, limited to its schema (paragraphs, lists, links, b/i).
  appendMessage(entry, 'agent', CURRENT_AGENT, [...body.childNodes]);
  editor.setData('');
}

/** Shows one ticket and hides the others; does not touch history (callers decide). */
function show(id: string): void {
  currentId = id;
  document.title = `Ticket #${id} – ${CURRENT_AGENT} – Zendesk`;
  for (const [ticketId, entry] of open) {
    const active = ticketId === id;
    entry.root.hidden = !active;
    entry.tab.setAttribute('aria-selected', String(active));
    if (active) entry.log.scrollTop = entry.log.scrollHeight;
  }
  missing?.remove();
  missing = undefined;
  if (!open.has(id)) {
    missing = renderMissingTicket(id);
    workspaces.append(missing);
  }
}

function switchTicket(id: string): void {
  const target = String(id);
  if (target === currentId) return;
  history.pushState({ ticketId: target }, '', `/agent/tickets/${target}`);
  show(target);
}

function addCustomerMessage(ticketId: string, text: string): string {
  const entry = open.get(String(ticketId));
  if (!entry) throw new Error(`demo.addCustomerMessage: no ticket #${ticketId} (have ${[...open.keys()].join(', ')})`);
  return appendMessage(entry, 'end-user', entry.ticket.requester.name, textBody(String(text)));
}

function mount(): Promise<void> {
  for (const ticket of TICKETS) {
    const { root, log, editorHost, submit } = renderTicket(ticket, CURRENT_AGENT);
    const entry: OpenTicket = {
      ticket,
      root,
      log,
      editorHost,
      tab: renderTab(ticket),
      nextSequence: ticket.messages.length + 1,
    };
    submit.addEventListener('click', () => submitReply(entry));
    tabBar.append(entry.tab);
    workspaces.append(root);
    open.set(ticket.id, entry);
  }
  show(idFromPath(location.pathname));
  // Editors after first paint, so the page never shows an empty workspace while CKEditor starts.
  return Promise.all(
    [...open.values()].map(async (entry) => {
      const firstName = entry.ticket.requester.name.split(' ')[0] ?? entry.ticket.requester.name;
      entry.editor = await createComposerEditor(entry.editorHost, firstName);
    }),
  ).then(() => {
    // The composers just took their height from the log: bring the latest message back into view.
    const current = open.get(currentId);
    if (current) current.log.scrollTop = current.log.scrollHeight;
    document.documentElement.dataset.demoReady = 'true';
  });
}

window.addEventListener('popstate', () => show(idFromPath(location.pathname)));

const api: DemoApi = {
  ready: mount(),
  switchTicket,
  addCustomerMessage,
  editor: (ticketId) => open.get(String(ticketId))?.editor,
  currentTicketId: () => currentId,
};
Object.assign(window, { demo: api });
