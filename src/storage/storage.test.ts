import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { choiceHistory, MAX_COUNTED_PHRASES, recordChoice } from './choice-history';
import { MAX_PINS, pinnedPhrases, togglePin } from './pins';
import { DEFAULT_SITE_PREFS, SIDEBAR_WIDTH, sitePrefs } from './site-prefs';

beforeEach(() => fakeBrowser.reset());

describe('site preferences', () => {
  it('are remembered per hostname, and a site never seen gets the defaults', async () => {
    await sitePrefs('acme.zendesk.com').update((p) => ({ ...p, width: 420, collapsed: true }));
    expect(await sitePrefs('ACME.zendesk.com').get()).toEqual({ enabled: true, collapsed: true, width: 420 });
    expect(await sitePrefs('acme.freshdesk.com').get()).toEqual(DEFAULT_SITE_PREFS);
  });

  it('come back valid whatever was stored: widths are clamped, wrong types take the default', async () => {
    await browser.storage.local.set({ 'site:a.example': { enabled: 'no', collapsed: 1, width: 9000 } });
    expect(await sitePrefs('a.example').get()).toEqual({ enabled: true, collapsed: false, width: SIDEBAR_WIDTH.max });
    await browser.storage.local.set({ 'site:a.example': { width: 10 } });
    expect((await sitePrefs('a.example').get()).width).toBe(SIDEBAR_WIDTH.min);
    await browser.storage.local.set({ 'site:a.example': 'garbage' });
    expect(await sitePrefs('a.example').get()).toEqual(DEFAULT_SITE_PREFS);
  });

  it('tell watchers about a change made elsewhere (the popup switching the site off)', async () => {
    const seen = vi.fn();
    const stop = sitePrefs('acme.zendesk.com').watch(seen);
    await sitePrefs('acme.zendesk.com').set({ ...DEFAULT_SITE_PREFS, enabled: false });
    await sitePrefs('other.zendesk.com').set({ ...DEFAULT_SITE_PREFS, width: 300 });
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen).toHaveBeenCalledWith({ ...DEFAULT_SITE_PREFS, enabled: false });
    stop();
    await sitePrefs('acme.zendesk.com').set(DEFAULT_SITE_PREFS);
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

describe('pinned phrases', () => {
  it('toggle in and out, oldest first, without duplicates', async () => {
    await togglePin('empathy.a');
    await togglePin('closing.b');
    expect(await pinnedPhrases.get()).toEqual(['empathy.a', 'closing.b']);
    expect(await togglePin('empathy.a')).toEqual(['closing.b']);
  });

  it('keep the newest when there are too many, and drop what is not an id', async () => {
    for (let i = 0; i < MAX_PINS + 3; i++) await togglePin(`policy.p${i}`);
    const pins = await pinnedPhrases.get();
    expect(pins).toHaveLength(MAX_PINS);
    expect(pins.at(-1)).toBe(`policy.p${MAX_PINS + 2}`);
    expect(pins).not.toContain('policy.p0');
    await browser.storage.local.set({ pins: ['x.y', 7, null, 'x.y', ''] });
    expect(await pinnedPhrases.get()).toEqual(['x.y']);
  });
});

describe('choice history', () => {
  it('counts picks and dismissals per phrase id', async () => {
    await recordChoice('picked', 'empathy.a');
    await recordChoice('picked', 'empathy.a');
    await recordChoice('dismissed', 'policy.b');
    expect(await choiceHistory.get()).toEqual({ picked: { 'empathy.a': 2 }, dismissed: { 'policy.b': 1 } });
  });

  it('ignores counts that are not positive whole numbers and caps how many phrases it keeps', async () => {
    const many = Object.fromEntries(Array.from({ length: MAX_COUNTED_PHRASES + 5 }, (_, i) => [`p.${i}`, i + 1]));
    await browser.storage.local.set({ choices: { picked: { ...many, 'bad.a': -1, 'bad.b': 1.5, 'bad.c': '3' }, dismissed: 'x' } });
    const history = await choiceHistory.get();
    expect(Object.keys(history.picked)).toHaveLength(MAX_COUNTED_PHRASES);
    expect(history.picked['p.0']).toBeUndefined(); // the least used went first
    expect(history.picked[`p.${MAX_COUNTED_PHRASES + 4}`]).toBe(MAX_COUNTED_PHRASES + 5);
    expect(history.picked['bad.a'] ?? history.picked['bad.b'] ?? history.picked['bad.c']).toBeUndefined();
    expect(history.dismissed).toEqual({});
  });
});
