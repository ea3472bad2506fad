import type { EditableElement } from '../editors/editable';
import type { HelpdeskAdapter } from './adapter';
import { createFreshdeskAdapter } from './freshdesk/adapter';
import { legacyTicketPath, looksLikeFreshdesk, mint } from './freshdesk/selectors';
import { createGenericAdapter } from './generic/adapter';
import { withGenericFallback } from './generic-fallback';
import { agentWorkspace, looksLikeZendesk } from './zendesk/selectors';
import { createZendeskAdapter } from './zendesk/adapter';

/**
 * Picks the adapter for this page: by host on the helpdesks' own domains; elsewhere (custom domains, local test
 * pages) by the ticket path and the helpdesk's own markers; else the generic adapter. Freshdesk's legacy UI
 * (`/helpdesk/tickets/<id>`) goes to the generic adapter: no fixture reproduces its conversation.
 */
export function chooseAdapter(doc: Document, lastEditor: () => EditableElement | null): HelpdeskAdapter {
  const { hostname, pathname } = doc.location;
  const generic = createGenericAdapter(lastEditor, doc);
  // The path is read at each call: single-page navigation moves between lists and tickets.
  const onPath = (ticketPath: RegExp) => () => ticketPath.test(doc.location.pathname);
  if (hostname.endsWith('.zendesk.com') || agentWorkspace.ticketPath.test(pathname) || looksLikeZendesk(doc)) {
    return withGenericFallback(createZendeskAdapter(doc), generic, onPath(agentWorkspace.ticketPath), 'Zendesk');
  }
  const freshdeskHost = hostname.endsWith('.freshdesk.com') && !legacyTicketPath.test(pathname);
  if (freshdeskHost || mint.ticketPath.test(pathname) || looksLikeFreshdesk(doc)) {
    return withGenericFallback(createFreshdeskAdapter(doc), generic, onPath(mint.ticketPath), 'Freshdesk');
  }
  return generic;
}
