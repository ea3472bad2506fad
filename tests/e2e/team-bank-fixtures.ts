import type { BrowserContext, Page } from 'playwright-core';
import { openExtensionPage } from './browser';

// Shared by team-bank.e2e.ts and privacy.e2e.ts: a team bank served by the demo server (tests/demo/server.mjs,
// /team-bank.json) and set in the options page the way an agent does it.

/** A small team bank: one locked phrase, one the agent may replace, one line to avoid. */
export const TEAM_BANK = {
  phrases: [
    {
      id: 'empathy.team-acme-hear-you',
      category: 'empathy',
      text: 'At Acme we read every message, {{ticket.requester.first_name}}, and yours has my full attention.',
      moods: ['frustrated', 'angry'],
      tone: 'warm',
      length: 'short',
      locked: true,
    },
    { id: 'closing.team-acme-sign-off', category: 'closing', text: 'Kind regards from the Acme care team.', tone: 'formal', length: 'short' },
  ],
  rules: [{ id: 'team-no-asap', patterns: ['asap'], severity: 'warning', why: 'Promises nothing.', alternatives: ['by the end of today'] }],
};

/** Sets what the demo server's /team-bank.json returns. */
export async function serveTeamBank(demo: string, body: string): Promise<void> {
  const response = await fetch(`${demo}/__test/team-bank`, { method: 'POST', body });
  if (response.status !== 204) throw new Error(`could not set the team bank: HTTP ${response.status}`);
}

/** Opens the options page and makes `url` the team bank, as an agent would. */
export async function useTeamBank(context: BrowserContext, url: string): Promise<Page> {
  const options = await openExtensionPage(context, 'options.html');
  await options.getByTestId('team-bank-url').fill(url);
  await options.getByTestId('team-bank-save').click();
  await options.getByTestId('team-bank-count').waitFor();
  return options;
}
