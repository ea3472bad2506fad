import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { choiceHistory, MAX_COUNTED_PHRASES, recordChoice } from './choice-history';
import { MAX_PINS, pinnedPhrases, togglePin } from './pins';
import { readSyncFallback, SYNC_FALLBACK_KEY } from './record-store';
import { DEFAULT_SITE_PREFS, SIDEBAR_WIDTH, sitePrefs } from './site-prefs';
import { freshStorage } from './test-setup';

beforeEach(freshStorage);

describe('site preferences', () => {
  it('are remembered per hostname in storage.sync, and a site never seen gets the defaults', async () => {
    await sitePrefs('acme.zendesk.com').update((p) => ({ ...p, width: 420, collapsed: true }));
    expect(await sitePrefs('ACME.zendesk.com').get()).toEqual({ enabled: true, collapsed: true, width: 420 });
    expect(await sitePrefs('acme.freshdesk.com').get()).toEqual(DEFAULT_SITE_PREFS);
    expect((await browser.storage.sync.get('site:acme.zendesk.com'))['site:acme.zendesk.com']).toMatchObject({ v: 2, width: 420 });
  });

  it('come back valid: widths are clamped, a broken record gives the defaults', async () => {
    await sitePrefs('a.example').set({ ...DEFAULT_SITE_PREFS, width: 9000 });
    expect((await sitePrefs('a.example').get()).width).toBe(SIDEBAR_WIDTH.max);
    await browser.storage.sync.set({ 'site:a.example': { v: 2, enabled: 'no', collapsed: 1, width: 300 } });
    expect(await sitePrefs('a.example').get()).toEqual(DEFAULT_SITE_PREFS);
    await browser.storage.sync.set({ 'site:a.example': 'garbage' });
    expect(await sitePrefs('a.example').get()).toEqual(DEFAULT_SITE_PREFS);
  });

  it('tell watchers about a change made elsewhere (the popup switching the site off), and only for their site', async () => {
    const seen = vi.fn();
    const stop = sitePrefs('acme.zendesk.com').watch(seen);
    await sitePrefs('acme.zendesk.com').set({ ...DEFAULT_SITE_PREFS, enabled: false });
    await sitePrefs('other.zendesk.com').set({ ...DEFAULT_SITE_PREFS, width: 300 });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ ...DEFAULT_SITE_PREFS, enabled: false }));
    expect(seen).toHaveBeenCalledTimes(1);
    stop();
    await sitePrefs('acme.zendesk.com').set(DEFAULT_SITE_PREFS);
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

describe('settings when storage.sync refuses a write', () => {
  it('are kept in storage.local, read back from there, and the reason is recorded for the options page', async () => {
    const quota = vi.spyOn(browser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await sitePrefs('acme.zendesk.com').set({ ...DEFAULT_SITE_PREFS, width: 400 });
    expect(await sitePrefs('acme.zendesk.com').get()).toMatchObject({ width: 400 });
    expect(await readSyncFallback()).toMatchObject({ reason: 'QUOTA_BYTES quota exceeded' });
    expect(await browser.storage.sync.get(null)).toEqual({});
    // Sync accepts again: the setting moves back and the local copy no longer shadows it.
    quota.mockRestore();
    await sitePrefs('acme.zendesk.com').set({ ...DEFAULT_SITE_PREFS, width: 450 });
    expect(await sitePrefs('acme.zendesk.com').get()).toMatchObject({ width: 450 });
    expect((await browser.storage.local.get('site:acme.zendesk.com'))['site:acme.zendesk.com']).toBeUndefined();
  });

  it('overflowing sync’s item count (a setting per site on 600 sites) loses none of them', async () => {
    const sync = browser.storage.sync;
    const realSet = sync.set.bind(sync);
    // Chrome's limit, which the fake browser does not enforce: 512 items.
    vi.spyOn(sync, 'set').mockImplementation(async (items) => {
      const count = Object.keys({ ...(await sync.get(null)), ...items }).length;
      if (count > sync.MAX_ITEMS) throw new Error('MAX_ITEMS quota exceeded');
      return realSet(items);
    });
    for (let i = 0; i < 600; i++) await sitePrefs(`s${i}.zendesk.com`).set({ ...DEFAULT_SITE_PREFS, width: 280 + (i % 200) });
    for (const i of [0, 511, 512, 599]) expect((await sitePrefs(`s${i}.zendesk.com`).get()).width).toBe(280 + (i % 200));
    expect(Object.keys(await sync.get(null))).toHaveLength(512);
    expect((await browser.storage.local.get(SYNC_FALLBACK_KEY))[SYNC_FALLBACK_KEY]).toMatchObject({ reason: 'MAX_ITEMS quota exceeded' });
  });
});

describe('pinned phrases', () => {
  it('toggle in and out, oldest first, without duplicates', async () => {
    await togglePin('empathy.a');
    await togglePin('closing.b');
    expect(await pinnedPhrases.get()).toEqual(['empathy.a', 'closing.b']);
    expect(await togglePin('empathy.a')).toEqual(['closing.b']);
  });

  it('keep the newest when there are too many', async () => {
    const now = vi.spyOn(Date, 'now');
    for (let i = 0; i < MAX_PINS + 3; i++) {
      now.mockReturnValue(1_000 + i);
      await togglePin(`policy.p${i}`);
    }
    const pins = await pinnedPhrases.get();
    expect(pins).toHaveLength(MAX_PINS);
    expect(pins.at(-1)).toBe(`policy.p${MAX_PINS + 2}`);
    expect(pins).not.toContain('policy.p0');
    now.mockRestore();
  });

  it('made in two tabs at the same moment are both kept (one record per pin)', async () => {
    await Promise.all([togglePin('empathy.a'), togglePin('closing.b'), togglePin('policy.c')]);
    expect((await pinnedPhrases.get()).sort()).toEqual(['closing.b', 'empathy.a', 'policy.c']);
  });
});

describe('choice history', () => {
  it('counts picks and dismissals per phrase id, none lost when clicks come together', async () => {
    await Promise.all([recordChoice('picked', 'empathy.a'), recordChoice('picked', 'empathy.a'), recordChoice('dismissed', 'policy.b')]);
    expect(await choiceHistory.get()).toEqual({ picked: { 'empathy.a': 2 }, dismissed: { 'policy.b': 1 } });
  });

  it('caps how many phrases it ranks with, keeping the most used', async () => {
    const records = Object.fromEntries(
      Array.from({ length: MAX_COUNTED_PHRASES + 5 }, (_, i) => [`choice:p.${i}`, { v: 2, picked: i + 1, dismissed: 0 }]),
    );
    await browser.storage.local.set({ meta: { schema: 2 }, ...records });
    const history = await choiceHistory.get();
    expect(Object.keys(history.picked)).toHaveLength(MAX_COUNTED_PHRASES);
    expect(history.picked['p.0']).toBeUndefined();
    expect(history.picked[`p.${MAX_COUNTED_PHRASES + 4}`]).toBe(MAX_COUNTED_PHRASES + 5);
    expect(history.dismissed).toEqual({});
  });
});
