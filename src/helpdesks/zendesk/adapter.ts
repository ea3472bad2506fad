import type { TicketMessage, TicketSnapshot } from '../../engine/types';
import { firstName, isVisible, readableText } from '../../dom/visible';
import type { HelpdeskAdapter } from '../adapter';
import { latestCustomerText } from '../snapshot';
import { agentNameFromTitle, agentWorkspace as sel, classic } from './selectors';

/** The ticket the agent is looking at: the visible root, preferring the one the URL names. */
function visibleTicketRoot(doc: Document): Element | null {
  const urlId = sel.ticketPath.exec(doc.location?.pathname ?? '')?.[1];
  let fallback: Element | null = null;
  for (const root of doc.querySelectorAll(sel.ticketRoot)) {
    if (!isVisible(root)) continue;
    if (urlId && sel.ticketRootId(root) === urlId) return root;
    fallback ??= root;
  }
  return fallback;
}

function readMessages(root: ParentNode): TicketMessage[] {
  const messages: TicketMessage[] = [];
  for (const item of root.querySelectorAll(sel.message)) {
    const body = item.querySelector(sel.messageBody);
    if (!body) continue;
    const type = item.querySelector(sel.messageAuthorType)?.getAttribute('type');
    messages.push({
      role: type === 'end-user' ? 'customer' : 'agent',
      author: item.querySelector(sel.messageSender)?.textContent?.trim() || undefined,
      time: item.querySelector(sel.messageTime)?.getAttribute('datetime') ?? undefined,
      text: readableText(body),
    });
  }
  return messages;
}

function readRequesterName(root: ParentNode): string | undefined {
  const avatar = root.querySelector(sel.requesterAvatar);
  const name = avatar?.nextElementSibling?.textContent?.trim();
  if (name) return name;
  return root.querySelector(classic.requester)?.firstChild?.textContent?.trim() || undefined;
}

export function createZendeskAdapter(doc: Document = document): HelpdeskAdapter {
  return {
    id: 'zendesk',
    readSnapshot(): TicketSnapshot | null {
      const root = visibleTicketRoot(doc);
      if (!root) return null;
      const messages = readMessages(root);
      const subjectField = root.querySelector<HTMLInputElement>(sel.subject) ?? doc.querySelector<HTMLInputElement>(classic.subject);
      const requesterName = readRequesterName(root);
      return {
        helpdesk: 'zendesk',
        ticketId: sel.ticketRootId(root) ?? sel.ticketPath.exec(doc.location?.pathname ?? '')?.[1],
        subject: (subjectField?.value ?? subjectField?.textContent ?? '').trim() || undefined,
        requesterName,
        requesterFirstName: firstName(requesterName),
        agentFirstName: firstName(agentNameFromTitle(doc.title)),
        messages,
        latestCustomerMessage: latestCustomerText(messages),
      };
    },
    findReplyEditor() {
      const root = visibleTicketRoot(doc) ?? doc;
      for (const editor of root.querySelectorAll<HTMLElement>(sel.replyEditor)) {
        if (isVisible(editor)) return editor;
      }
      return null;
    },
    isInsideEditor(node) {
      const element = node instanceof Element ? node : node.parentElement;
      return !!element?.closest('.ck-editor, [contenteditable="true"]');
    },
  };
}
