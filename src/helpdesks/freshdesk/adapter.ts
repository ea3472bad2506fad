import type { TicketMessage, TicketSnapshot } from '../../engine/types';
import { firstName, firstVisible, isVisible, ownText, readableText } from '../../dom/visible';
import type { HelpdeskAdapter } from '../adapter';
import { latestCustomerText } from '../snapshot';
import { mint as sel } from './selectors';

/**
 * The ticket the agent is looking at: the visible ticket view, preferring the one the URL names. Without such a
 * view (the real app may not mark one), the whole page, whose hidden parts are then skipped item by item.
 */
function visibleTicket(doc: Document): { root: ParentNode; id?: string; scoped: boolean } | null {
  const urlId = sel.ticketPath.exec(doc.location?.pathname ?? '')?.[1];
  let fallback: Element | null = null;
  for (const root of doc.querySelectorAll(sel.ticketRoot)) {
    if (!isVisible(root)) continue;
    if (urlId && sel.ticketRootId(root) === urlId) return { root, id: urlId, scoped: true };
    fallback ??= root;
  }
  if (fallback) return { root: fallback, id: sel.ticketRootId(fallback), scoped: true };
  if (!doc.querySelector(sel.item)) return null;
  const breadcrumb = doc.querySelector(sel.breadcrumbActive)?.textContent?.match(/\d+/)?.[0];
  return { root: doc, id: urlId ?? breadcrumb, scoped: false };
}

function readMessages(root: ParentNode, scoped: boolean): TicketMessage[] {
  const messages: TicketMessage[] = [];
  for (const item of root.querySelectorAll(sel.item)) {
    // Private notes are agents talking to agents: the customer never saw them, so the reply does not answer them.
    if (item.matches(sel.privateNote)) continue;
    if (!scoped && !isVisible(item)) continue;
    const body = item.querySelector(sel.itemBody);
    if (!body) continue;
    messages.push({
      role: item.matches(sel.fromRequester) ? 'customer' : 'agent',
      author: item.querySelector(sel.itemAuthor)?.textContent?.trim() || undefined,
      time: item.querySelector(sel.itemTime)?.getAttribute('datetime') ?? undefined,
      text: readableText(body),
    });
  }
  return messages;
}

/** Inside a ticket view the first match is the ticket's; across the whole page it must also be visible. */
function pick(root: ParentNode, scoped: boolean, selector: string): Element | null {
  return scoped ? root.querySelector(selector) : firstVisible(root, selector);
}

export function createFreshdeskAdapter(doc: Document = document): HelpdeskAdapter {
  return {
    id: 'freshdesk',
    readSnapshot(): TicketSnapshot | null {
      const ticket = visibleTicket(doc);
      if (!ticket) return null;
      const { root, scoped } = ticket;
      const messages = readMessages(root, scoped);
      const requesterName =
        pick(root, scoped, sel.requesterName)?.textContent?.trim() || messages.find((m) => m.role === 'customer')?.author;
      const subject = pick(root, scoped, sel.subject);
      const agent = doc.querySelector(sel.agentName);
      return {
        helpdesk: 'freshdesk',
        ticketId: ticket.id,
        subject: (subject && ownText(subject)) || undefined,
        requesterName,
        requesterFirstName: firstName(requesterName),
        agentFirstName: firstName(agent?.textContent?.trim() || agent?.getAttribute('title') || undefined),
        messages,
        latestCustomerMessage: latestCustomerText(messages),
      };
    },
    findReplyEditor() {
      const root = visibleTicket(doc)?.root ?? doc;
      const froala = firstVisible(root, sel.replyEditor);
      if (froala) return froala;
      for (const area of root.querySelectorAll(sel.replyArea)) {
        const field = firstVisible(area, sel.anyField);
        if (field) return field;
      }
      return null;
    },
    isInsideEditor(node) {
      const element = node instanceof Element ? node : node.parentElement;
      return !!element?.closest('.fr-box, [contenteditable="true"], textarea');
    },
  };
}
