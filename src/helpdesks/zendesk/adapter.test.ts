import { beforeEach, describe, expect, it } from 'vitest';
import { createZendeskAdapter } from './adapter';
import { agentNameFromTitle } from './selectors';

const message = (id: number, type: 'end-user' | 'agent', sender: string, text: string) => `
  <article data-test-id="omni-log-comment-item" data-comment-id="${id}">
    <div data-test-id="omni-log-item-message" type="${type}">
      <span data-test-id="omni-log-item-sender">${sender}</span>
      <time datetime="2026-11-2${id}T10:00:00Z">Nov 2${id}</time>
      <div data-test-id="omni-log-message-content"><p>${text}</p></div>
    </div>
  </article>`;

const ticket = (id: string, hidden: boolean, subject: string, requester: string, messages: string) => `
  <section data-ticket-id="${id}" ${hidden ? 'hidden' : ''}>
    <input data-test-id="omni-header-subject" value="${subject}">
    <div><img data-garden-id="tags.avatar" alt="x@example.com"><span>${requester}</span></div>
    <div data-test-id="omni-log-container">${messages}</div>
    <div contenteditable="true" data-test-id="omnicomposer-rich-text-ckeditor" class="ck-editor__editable"></div>
  </section>`;

describe('Zendesk Agent Workspace adapter', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/agent/tickets/1002');
    document.title = 'Ticket #1002 – Sam Rivera – Zendesk';
    document.body.innerHTML =
      ticket('1001', true, 'Background ticket', 'Other Person', message(1, 'end-user', 'Other', 'Hidden text')) +
      ticket(
        '1002',
        false,
        'Charged twice',
        'Dana Whitfield',
        message(1, 'end-user', 'Dana Whitfield', 'I was charged twice.') +
          message(2, 'agent', 'Sam Rivera', 'Looking into it.') +
          message(3, 'end-user', 'Dana Whitfield', 'Any news? Still nothing.'),
      );
  });

  it('reads the visible ticket, not the hidden background one', () => {
    const snapshot = createZendeskAdapter(document).readSnapshot();
    expect(snapshot).toMatchObject({
      helpdesk: 'zendesk',
      ticketId: '1002',
      subject: 'Charged twice',
      requesterName: 'Dana Whitfield',
      requesterFirstName: 'Dana',
      agentFirstName: 'Sam',
      latestCustomerMessage: 'Any news? Still nothing.',
    });
    expect(snapshot?.messages.map((m) => [m.role, m.author, m.text])).toEqual([
      ['customer', 'Dana Whitfield', 'I was charged twice.'],
      ['agent', 'Sam Rivera', 'Looking into it.'],
      ['customer', 'Dana Whitfield', 'Any news? Still nothing.'],
    ]);
    expect(snapshot?.messages[0]?.time).toBe('2026-11-21T10:00:00Z');
  });

  it('finds the visible ticket’s reply editor', () => {
    const editor = createZendeskAdapter(document).findReplyEditor();
    expect(editor?.closest('[data-ticket-id]')?.getAttribute('data-ticket-id')).toBe('1002');
  });

  it('returns null when no ticket is shown', () => {
    document.body.innerHTML = '<main>Views</main>';
    expect(createZendeskAdapter(document).readSnapshot()).toBeNull();
  });
});

describe('agentNameFromTitle', () => {
  it('takes the name between the en dashes', () => {
    expect(agentNameFromTitle('Ticket #12 – Sam Rivera – Zendesk')).toBe('Sam Rivera');
    expect(agentNameFromTitle('Zendesk')).toBeUndefined();
  });
});
