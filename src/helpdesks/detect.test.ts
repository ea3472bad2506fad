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
});
