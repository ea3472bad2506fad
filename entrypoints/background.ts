import { browser } from 'wxt/browser';
import { relayCommand } from '@/src/content/relay-command';

export default defineBackground(() => {
  // Keyboard commands (manifest `commands`) go to the content script of the tab they were pressed in.
  browser.commands.onCommand.addListener((command, tab) => void relayCommand(command, tab));
  // The e2e build only: Playwright cannot press browser-level shortcuts, so the test calls the same relay.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { composureRelayCommand: relayCommand });
});
