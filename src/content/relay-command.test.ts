import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { relayCommand } from './relay-command';

describe('relayCommand', () => {
  beforeEach(() => fakeBrowser.reset());

  it('hands a known command to the content script of the tab it was pressed in', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
    expect(await relayCommand('focus-search', { id: 7 })).toBe(true);
    expect(send).toHaveBeenCalledWith(7, { type: 'composure:command', command: 'focus-search' });
  });

  it('ignores unknown commands, and reports a tab without Composure instead of throwing', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(await relayCommand('_execute_action', { id: 7 })).toBe(false);
    expect(send).not.toHaveBeenCalled();
    expect(await relayCommand('toggle-sidebar', { id: 7 })).toBe(false);
  });
});
