/**
 * Messages the background (keyboard commands) and the toolbar popup send to the content script in a tab.
 * Shared by all three; only types and guards, so importing it costs nothing.
 */

/** The manifest's `commands` names, and what each does in the page. */
export const COMMANDS = ['toggle-sidebar', 'focus-search'] as const;
export type CommandName = (typeof COMMANDS)[number];

export type ContentMessage =
  | { type: 'composure:command'; command: CommandName }
  | { type: 'composure:status' };

/** What the popup shows about a tab. */
export interface TabStatus {
  hostname: string;
  enabled: boolean;
  /** Which reader runs on the page ('Zendesk', 'Freshdesk', 'This page'); absent while switched off. */
  helpdeskLabel?: string;
  ticketId?: string;
}

export const isCommandName = (value: unknown): value is CommandName => COMMANDS.includes(value as CommandName);

export function isContentMessage(value: unknown): value is ContentMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; command?: unknown };
  if (message.type === 'composure:status') return true;
  return message.type === 'composure:command' && isCommandName(message.command);
}
