import type { TicketSnapshot } from '../../engine/types';
import { firstVisible, isVisible, readableText } from '../../dom/visible';
import type { EditableElement } from '../../editors/editable';
import type { HelpdeskAdapter } from '../adapter';

// Any other page: the ticket is what the agent selected, else the nearest visible message before the reply box.
const MESSAGE_CANDIDATES = 'blockquote, article, [class*="message" i], [class*="comment" i], [role="article"]';
const MAX_MESSAGE_CHARS = 20_000;

function selectedText(doc: Document, editor: Element | null): string {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return '';
  if (editor?.contains(selection.getRangeAt(0).commonAncestorContainer)) return '';
  return selection.toString().trim();
}

function nearestMessageBefore(doc: Document, editor: Element | null): string {
  let best: Element | null = null;
  for (const candidate of doc.querySelectorAll(MESSAGE_CANDIDATES)) {
    if (editor && (candidate.contains(editor) || editor.contains(candidate))) continue;
    if (!isVisible(candidate)) continue;
    const before = !editor || !!(candidate.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (before) best = candidate;
  }
  return best ? readableText(best).slice(0, MAX_MESSAGE_CHARS) : '';
}

export function createGenericAdapter(lastEditor: () => EditableElement | null, doc: Document = document): HelpdeskAdapter {
  const findReplyEditor = (): HTMLElement | null => {
    const remembered = lastEditor();
    if (remembered && isVisible(remembered)) return remembered;
    return firstVisible(doc, 'textarea, [contenteditable="true"]');
  };
  return {
    id: 'generic',
    readSnapshot(): TicketSnapshot | null {
      const editor = findReplyEditor();
      const text = selectedText(doc, editor) || nearestMessageBefore(doc, editor);
      if (!text) return null;
      return {
        helpdesk: 'generic',
        messages: [{ role: 'customer', text }],
        latestCustomerMessage: text,
      };
    },
    findReplyEditor,
    // Runs for every mutation record: no layout, no query of the page, only the node's own ancestry.
    isInsideEditor(node) {
      const element = node instanceof HTMLElement ? node : node.parentElement;
      return !!element && (element.isContentEditable || element.closest('textarea') !== null);
    },
  };
}
