/**
 * What the options page asks the background script about the team bank. Only the background fetches; the page
 * asks it to, and reads the outcome from storage (src/team-bank/store.ts).
 */
import type { TeamStatus } from './types';

export const TEAM_BANK_MESSAGE = 'composure:team-bank';
const ACTIONS = ['check', 'set-url', 'stop'] as const;

export type TeamBankMessage =
  | { type: typeof TEAM_BANK_MESSAGE; action: 'check' }
  | { type: typeof TEAM_BANK_MESSAGE; action: 'set-url'; url: string }
  | { type: typeof TEAM_BANK_MESSAGE; action: 'stop' };

/** `status`: the check that followed (absent when no bank is configured any more). */
export type TeamBankReply = { ok: true; status?: TeamStatus } | { ok: false; error: string };

export function isTeamBankMessage(value: unknown): value is TeamBankMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; action?: unknown; url?: unknown };
  if (message.type !== TEAM_BANK_MESSAGE || !ACTIONS.includes(message.action as (typeof ACTIONS)[number])) return false;
  return message.action !== 'set-url' || typeof message.url === 'string';
}
