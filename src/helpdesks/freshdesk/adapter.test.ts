import { beforeEach, describe, expect, it } from 'vitest';
import { createFreshdeskAdapter } from './adapter';

// The Mint UI structure the demo fixture reproduces (tests/demo/pages/freshdesk/render.ts).
type Kind = 'requester' | 'agent' | 'note';
const item = (id: number, kind: Kind, author: string, text: string) => `
  <div class="ticket-details__item ticket-details__item--${kind}${kind === 'note' ? ' ticket_note' : ''}"
       data-album="43${id}" ${kind === 'note' ? `data-note-id="43${id}"` : ''}
       data-incoming="${kind === 'requester'}" data-private="${kind === 'note'}">
    <div class="ticket-details__head">
      <a class="ticket-details__author" href="#">${author}</a>
      <span class="ticket-details__action"> replied</span>
      <time datetime="2025-05-0${id}T10:00:00Z">May ${id}</time>
    </div>
    <div class="ticket-details__body"><p>${text}</p></div>
  </div>`;

// happy-dom has no user-agent style for [hidden], so hidden parts also carry display:none, as Chromium shows them.
const HIDDEN = 'hidden style="display:none"';

const ticketView = (id: string, hidden: boolean, subject: string, requester: string, items: string, reply = '') => `
  <section class="ticket-view" data-ticket-id="${id}" ${hidden ? HIDDEN : ''}>
    <h2 class="ticket-subject-heading">${subject}<button type="button" aria-label="Edit subject">✎</button></h2>
    <div class="ticket-conversation">${items}</div>
    <div class="reply-editor">${reply}</div>
    <aside><a class="requester-info__name" href="#">${requester}</a></aside>
  </section>`;

const froala = '<div class="fr-box"><div class="fr-element fr-view" contenteditable="true"><p><br></p></div></div>';
const header = '<ol><li class="breadcrumb__item active">#2002</li></ol><span class="agent-profile__name">Riley Chen</span>';

describe('Freshdesk (Mint UI) adapter', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/a/tickets/2002');
    document.body.innerHTML =
      header +
      ticketView('2001', true, 'Background ticket', 'Priya Nair', item(1, 'requester', 'Priya Nair', 'Hidden words'), froala) +
      ticketView(
        '2002',
        false,
        'Cancel my subscription',
        'Tom Becker',
        item(1, 'requester', 'Tom Becker', 'Please cancel my plan.') +
          item(2, 'agent', 'Maya Patel', 'Sorry to see you go.') +
          item(3, 'note', 'Maya Patel', 'Internal: offer a pause first.') +
          item(4, 'requester', 'Tom Becker', 'I am moving abroad, so please cancel.'),
        froala,
      );
  });

  it('reads the visible ticket: id, subject without its edit button, names, messages, latest customer text', () => {
    const snapshot = createFreshdeskAdapter(document).readSnapshot();
    expect(snapshot).toMatchObject({
      helpdesk: 'freshdesk',
      ticketId: '2002',
      subject: 'Cancel my subscription',
      requesterName: 'Tom Becker',
      requesterFirstName: 'Tom',
      agentFirstName: 'Riley',
      latestCustomerMessage: 'I am moving abroad, so please cancel.',
    });
    expect(snapshot?.messages.map((m) => [m.role, m.author, m.text])).toEqual([
      ['customer', 'Tom Becker', 'Please cancel my plan.'],
      ['agent', 'Maya Patel', 'Sorry to see you go.'],
      ['customer', 'Tom Becker', 'I am moving abroad, so please cancel.'],
    ]);
    expect(snapshot?.messages[1]?.time).toBe('2025-05-02T10:00:00Z');
  });

  it('leaves private notes out: the customer never saw them', () => {
    const texts = createFreshdeskAdapter(document).readSnapshot()?.messages.map((m) => m.text) ?? [];
    expect(texts.join(' ')).not.toContain('Internal');
  });

  it('reads the visible ticket even when the URL names another one (the app has not caught up yet)', () => {
    window.history.replaceState(null, '', '/a/tickets/2001');
    expect(createFreshdeskAdapter(document).readSnapshot()?.subject).toBe('Cancel my subscription');
  });

  it('finds the visible ticket’s Froala editable, not the hidden ticket’s', () => {
    const editor = createFreshdeskAdapter(document).findReplyEditor();
    expect(editor?.classList.contains('fr-element')).toBe(true);
    expect(editor?.closest('[data-ticket-id]')?.getAttribute('data-ticket-id')).toBe('2002');
  });

  it('falls back to any field in the reply area when the editor is not Froala', () => {
    document.querySelector('section:not([hidden]) .reply-editor')!.innerHTML = '<textarea id="plain-reply"></textarea>';
    expect(createFreshdeskAdapter(document).findReplyEditor()?.id).toBe('plain-reply');
  });

  it('without ticket views, reads the visible items of the page and takes the id from the breadcrumb', () => {
    window.history.replaceState(null, '', '/a/tickets/');
    document.body.innerHTML =
      header +
      `<h2 class="ticket-subject-heading">Cancel my subscription</h2>` +
      `<div ${HIDDEN}>${item(1, 'requester', 'Someone Else', 'Not this ticket')}</div>` +
      item(2, 'requester', 'Tom Becker', 'Cancel it, please.');
    const snapshot = createFreshdeskAdapter(document).readSnapshot();
    expect(snapshot?.ticketId).toBe('2002');
    expect(snapshot?.requesterName).toBe('Tom Becker');
    expect(snapshot?.messages.map((m) => m.text)).toEqual(['Cancel it, please.']);
  });

  it('returns null when no ticket is shown', () => {
    document.body.innerHTML = header + '<main>Ticket list</main>';
    expect(createFreshdeskAdapter(document).readSnapshot()).toBeNull();
  });

  it('counts typing in the editor (and its toolbar) as inside the editor, new messages as not', () => {
    const adapter = createFreshdeskAdapter(document);
    const editable = document.querySelector('section:not([hidden]) .fr-element')!;
    expect(adapter.isInsideEditor(editable.firstChild!)).toBe(true);
    expect(adapter.isInsideEditor(document.querySelector('section:not([hidden]) .ticket-conversation')!)).toBe(false);
  });
});
