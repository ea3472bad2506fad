import type { HelpdeskAdapter } from './adapter';

/**
 * A helpdesk adapter that says so when its markup is not recognised. Zendesk and Freshdesk change their pages
 * without notice: on a ticket page where the helpdesk's own reader finds no message (a ticket always has one)
 * but the generic reader does, the generic reading of the conversation is used — with whatever the own reader
 * still found (ticket id, subject, names) — and `fallbackReason` tells the agent why suggestions may be less
 * precise: never a silent, empty sidebar. Once the helpdesk's reader works again, the reason clears.
 */
export function withGenericFallback(
  own: HelpdeskAdapter,
  generic: HelpdeskAdapter,
  isTicketPage: () => boolean,
  helpdeskName: string,
): HelpdeskAdapter {
  let reason: string | undefined;
  return {
    id: own.id,
    readSnapshot() {
      const snapshot = own.readSnapshot();
      // Not a ticket page (a list, a dashboard), or the conversation is read: nothing to fall back from.
      const fallback = snapshot?.messages.length || !isTicketPage() ? null : generic.readSnapshot();
      reason = fallback
        ? `Composure does not recognise this ${helpdeskName} page’s layout (${helpdeskName} may have changed it), so it reads the message nearest the reply box instead: suggestions may be less precise.`
        : undefined;
      if (!fallback) return snapshot;
      return snapshot
        ? { ...snapshot, messages: fallback.messages, latestCustomerMessage: fallback.latestCustomerMessage }
        : fallback;
    },
    findReplyEditor: () => own.findReplyEditor() ?? generic.findReplyEditor(),
    isInsideEditor: (node) => own.isInsideEditor(node) || generic.isInsideEditor(node),
    fallbackReason: () => reason,
  };
}
