import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SITE_PREFS, sitePrefs } from '../storage/site-prefs';
import { freshStorage } from '../storage/test-setup';
import { syncPrefs } from './synced-prefs';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('syncPrefs', () => {
  beforeEach(freshStorage);

  it('follows changes made elsewhere but not its own writes, so quick resizes never snap back', async () => {
    const store = sitePrefs('acme.zendesk.com');
    const elsewhere = vi.fn();
    const prefs = syncPrefs(store, DEFAULT_SITE_PREFS, elsewhere);
    prefs.save({ ...DEFAULT_SITE_PREFS, width: 360 });
    prefs.save({ ...DEFAULT_SITE_PREFS, width: 380 });
    await settle();
    expect(elsewhere).not.toHaveBeenCalled();
    expect(prefs.get().width).toBe(380);
    expect((await store.get()).width).toBe(380);

    await store.set({ ...DEFAULT_SITE_PREFS, width: 380, enabled: false }); // the popup switches the site off
    await settle();
    expect(elsewhere).toHaveBeenCalledWith({ ...DEFAULT_SITE_PREFS, width: 380, enabled: false });
    expect(prefs.get().enabled).toBe(false);
    prefs.stop();
  });
});
