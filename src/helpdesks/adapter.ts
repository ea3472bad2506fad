import type { TicketSnapshot } from '../engine/types';

/**
 * One per helpdesk: knows the page's structure (its selectors live beside it) and nothing about the engine or
 * the sidebar. Data flows one way: page → adapter → snapshot → engine → sidebar → adapter inserts.
 */
export interface HelpdeskAdapter {
  id: TicketSnapshot['helpdesk'];
  /** Reads the visible ticket; null when the page shows none (a list view, a loading state). */
  readSnapshot(): TicketSnapshot | null;
  /** The visible ticket's reply editor, if any. */
  findReplyEditor(): HTMLElement | null;
  /** True when a DOM node belongs to the reply editor (its mutations are the agent typing, not new messages). */
  isInsideEditor(node: Node): boolean;
  /** Why this page is being read the generic way, when the helpdesk's markup was not recognised at the last read. */
  fallbackReason?(): string | undefined;
}
