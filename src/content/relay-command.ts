import { browser } from 'wxt/browser';
import { isCommandName, type ContentMessage } from './messages';

/**
 * Background side of the keyboard commands: the browser reports a command to the background, which hands it to
 * the content script of the tab it was pressed in. Returns false when there is nothing to tell (an unknown
 * command, no tab, a page Composure does not run on).
 */
export async function relayCommand(command: string, tab?: { id?: number }): Promise<boolean> {
  if (!isCommandName(command)) return false;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return false;
  const message: ContentMessage = { type: 'composure:command', command };
  try {
    await browser.tabs.sendMessage(tabId, message);
    return true;
  } catch {
    return false; // no content script in that tab: not a helpdesk page
  }
}
