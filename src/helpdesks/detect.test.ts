import { afterEach, describe, expect, it } from 'vitest';
import { chooseAdapter } from './detect';

const noEditor = () => null;

describe('chooseAdapter', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('picks Zendesk and Freshdesk by their ticket paths (custom domains, test pages)', () => {
    window.history.replaceState(null, '', '/agent/tickets/1001');
    expect(chooseAdapter(document, noEditor).id).toBe('zendesk');
    window.history.replaceState(null, '', '/a/tickets/2001');
    expect(chooseAdapter(document, noEditor).id).toBe('freshdesk');
  });

  it('picks Freshdesk by its own markers on another path', () => {
    window.history.replaceState(null, '', '/support/view');
    document.body.innerHTML = '<h2 class="ticket-subject-heading">Broken</h2>';
    expect(chooseAdapter(document, noEditor).id).toBe('freshdesk');
  });

  it('leaves any other page, and Freshdesk’s legacy ticket pages, to the generic adapter', () => {
    window.history.replaceState(null, '', '/plain');
    expect(chooseAdapter(document, noEditor).id).toBe('generic');
    window.history.replaceState(null, '', '/helpdesk/tickets/17');
    expect(chooseAdapter(document, noEditor).id).toBe('generic');
  });

  it('says so, and reads the page the generic way, when a Zendesk ticket page’s markup is not recognised', () => {
    // A layout Zendesk might ship tomorrow: none of the Agent Workspace hooks, a message and a reply box.
    window.history.replaceState(null, '', '/agent/tickets/1001');
    document.body.innerHTML = '<article>My parcel is two weeks late and nobody answers.</article><textarea></textarea>';
    const adapter = chooseAdapter(document, noEditor);
    expect(adapter.id).toBe('zendesk');
    expect(adapter.readSnapshot()?.latestCustomerMessage).toBe('My parcel is two weeks late and nobody answers.');
    expect(adapter.fallbackReason?.()).toMatch(/does not recognise this Zendesk page’s layout/);
    expect(adapter.findReplyEditor()?.tagName).toBe('TEXTAREA');
    // The ticket's frame is still recognised, its conversation not: the generic reading of the conversation
    // keeps the ticket id the Zendesk reader found.
    document.body.innerHTML = '<div data-ticket-id="1001"><article>Still no refund.</article><textarea></textarea></div>';
    expect(adapter.readSnapshot()).toMatchObject({ ticketId: '1001', latestCustomerMessage: 'Still no refund.' });
    expect(adapter.fallbackReason?.()).toBeDefined();

    // Nothing to read either way (the page is still loading): no snapshot, and no alarm.
    document.body.innerHTML = '<div class="loading"></div>';
    expect(adapter.readSnapshot()).toBeNull();
    expect(adapter.fallbackReason?.()).toBeUndefined();
    // Not a ticket page (a view, a dashboard): the generic reader is not asked.
    window.history.replaceState(null, '', '/agent/filters/360');
    document.body.innerHTML = '<article>A ticket preview in a list.</article><textarea></textarea>';
    expect(adapter.readSnapshot()).toBeNull();
    expect(adapter.fallbackReason?.()).toBeUndefined();
  });
});
