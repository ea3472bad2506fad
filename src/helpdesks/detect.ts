import type { EditableElement } from '../editors/editable';
import type { HelpdeskAdapter } from './adapter';
import { createGenericAdapter } from './generic/adapter';
import { agentWorkspace, looksLikeZendesk } from './zendesk/selectors';
import { createZendeskAdapter } from './zendesk/adapter';

/**
 * Picks the adapter for this page: by host on the helpdesks' own domains; elsewhere (custom domains, local test
 * pages) by the ticket path and the helpdesk's own markers; else the generic adapter.
 */
export function chooseAdapter(doc: Document, lastEditor: () => EditableElement | null): HelpdeskAdapter {
  const { hostname, pathname } = doc.location;
  if (hostname.endsWith('.zendesk.com') || agentWorkspace.ticketPath.test(pathname) || looksLikeZendesk(doc)) {
    return createZendeskAdapter(doc);
  }
  return createGenericAdapter(lastEditor, doc);
}
