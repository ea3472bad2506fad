import { browser } from 'wxt/browser';
import { relayCommand } from '@/src/content/relay-command';
import { startStorageMaintenance } from '@/src/storage/maintenance';
import { startTeamBankSync } from '@/src/team-bank/background';

export default defineBackground(() => {
  startStorageMaintenance();
  startTeamBankSync();
  // Keyboard commands (manifest `commands`) go to the content script of the tab they were pressed in.
  browser.commands.onCommand.addListener((command, tab) => void relayCommand(command, tab));
  // The e2e build only: Playwright cannot press browser-level shortcuts, so the test calls the same relay.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { composureRelayCommand: relayCommand });
});
