import { browser } from 'wxt/browser';
import type { ContentMessage, TabStatus } from '@/src/content/messages';

/**
 * The tab the popup is about: the active tab of this window. `?tab=<id>` names another one — the popup page
 * opened in a tab of its own (as the e2e test does) would otherwise be about itself.
 */
export async function targetTabId(search = location.search): Promise<number | undefined> {
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

/** Asks the tab's content script what it shows; null when Composure does not run there. */
export async function askStatus(tabId: number): Promise<TabStatus | null> {
  const message: ContentMessage = { type: 'composure:status' };
  try {
    const reply = (await browser.tabs.sendMessage(tabId, message)) as TabStatus | undefined;
    return reply && typeof reply.hostname === 'string' ? reply : null;
  } catch {
    return null;
  }
}

export interface PageLink {
  label: string;
  url: string;
}

/** The extension's own pages the popup links to. Both ship in every build; nothing is fetched to find them. */
export function extensionPages(): PageLink[] {
  return [
    { label: 'Options', url: browser.runtime.getURL('/options.html') },
    { label: 'Stats', url: browser.runtime.getURL('/stats.html') },
  ];
}

/** The keyboard shortcuts as the agent has them now (they may have changed the defaults). */
export async function shortcuts(): Promise<{ name: string; description: string; shortcut: string }[]> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands
    .filter((c) => c.name && !c.name.startsWith('_'))
    .map((c) => ({ name: c.name!, description: c.description ?? c.name!, shortcut: c.shortcut ?? '' }));
}
