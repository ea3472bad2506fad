import type { EditableElement } from '../editors/editable';
import type { HelpdeskAdapter } from './adapter';
import { createFreshdeskAdapter } from './freshdesk/adapter';
import { legacyTicketPath, looksLikeFreshdesk, mint } from './freshdesk/selectors';
import { createGenericAdapter } from './generic/adapter';
import { agentWorkspace, looksLikeZendesk } from './zendesk/selectors';
import { createZendeskAdapter } from './zendesk/adapter';

/**
 * Picks the adapter for this page: by host on the helpdesks' own domains; elsewhere (custom domains, local test
 * pages) by the ticket path and the helpdesk's own markers; else the generic adapter. Freshdesk's legacy UI
 * (`/helpdesk/tickets/<id>`) goes to the generic adapter: no fixture reproduces its conversation.
 */
export function chooseAdapter(doc: Document, lastEditor: () => EditableElement | null): HelpdeskAdapter {
  const { hostname, pathname } = doc.location;
  if (hostname.endsWith('.zendesk.com') || agentWorkspace.ticketPath.test(pathname) || looksLikeZendesk(doc)) {
    return createZendeskAdapter(doc);
  }
  const freshdeskHost = hostname.endsWith('.freshdesk.com') && !legacyTicketPath.test(pathname);
  if (freshdeskHost || mint.ticketPath.test(pathname) || looksLikeFreshdesk(doc)) {
    return createFreshdeskAdapter(doc);
  }
  return createGenericAdapter(lastEditor, doc);
}
