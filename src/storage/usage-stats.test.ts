import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { dayKey, MAX_DAYS, recordUsage, usageStats } from './usage-stats';
import { EMPTY_PERSONAL, personalPhrases, toggleDisabled } from './personal-phrases';

beforeEach(() => fakeBrowser.reset());

describe('usage stats', () => {
  const monday = new Date(2026, 10, 23, 23, 59);
  const tuesday = new Date(2026, 10, 24, 0, 1);

  it('count inserts per local day and per category, and lint catches and fixes', async () => {
    await recordUsage({ kind: 'inserted', category: 'apology' }, usageStats, monday);
    await recordUsage({ kind: 'inserted', category: 'apology' }, usageStats, monday);
    await recordUsage({ kind: 'inserted', category: 'closing' }, usageStats, tuesday);
    await recordUsage({ kind: 'lint-caught', count: 2 }, usageStats, tuesday);
    await recordUsage({ kind: 'lint-fixed' }, usageStats, tuesday);
    const { days } = await usageStats.get();
    expect(days['2026-11-23']).toEqual({ inserted: 2, byCategory: { apology: 2 }, lintCaught: 0, lintFixed: 0 });
    expect(days['2026-11-24']).toEqual({ inserted: 1, byCategory: { closing: 1 }, lintCaught: 2, lintFixed: 1 });
    expect(dayKey(tuesday)).toBe('2026-11-24');
  });

  it('lose no count when events arrive together (an insert and the lint check it triggers)', async () => {
    await Promise.all([
      recordUsage({ kind: 'inserted', category: 'apology' }, usageStats, monday),
      recordUsage({ kind: 'lint-caught', count: 1 }, usageStats, monday),
      recordUsage({ kind: 'inserted', category: 'closing' }, usageStats, monday),
    ]);
    expect((await usageStats.get()).days['2026-11-23']).toEqual({ inserted: 2, byCategory: { apology: 1, closing: 1 }, lintCaught: 1, lintFixed: 0 });
  });

  it('come back valid whatever was stored, keeping the most recent days', async () => {
    const many = Object.fromEntries(Array.from({ length: MAX_DAYS + 10 }, (_, i) => [dayKey(new Date(2024, 0, 1 + i)), { inserted: 1 }]));
    await browser.storage.local.set({ stats: { version: 1, days: { ...many, 'not-a-day': { inserted: 3 }, '2099-01-01': { inserted: -4, byCategory: { x: 'y' } } } } });
    const { days } = await usageStats.get();
    expect(Object.keys(days)).toHaveLength(MAX_DAYS);
    expect(days['not-a-day']).toBeUndefined();
    expect(days['2024-01-01']).toBeUndefined(); // the oldest went first
    expect(days['2099-01-01']).toEqual({ inserted: 0, byCategory: {}, lintCaught: 0, lintFixed: 0 });
    await browser.storage.local.set({ stats: { version: 2, days: {} } });
    expect(await usageStats.get()).toEqual({ version: 1, days: {} });
  });
});

describe('personal phrases', () => {
  it('keep phrase objects as written, and built-in phrases switched off, once each', async () => {
    await browser.storage.local.set({ personal: { version: 1, phrases: [{ id: 'empathy.personal-a' }, 'junk', null], disabled: ['empathy.x', 'empathy.x', 3] } });
    expect(await personalPhrases.get()).toEqual({ version: 1, phrases: [{ id: 'empathy.personal-a' }], disabled: ['empathy.x'] });
    await browser.storage.local.set({ personal: ['not', 'a', 'record'] });
    expect(await personalPhrases.get()).toEqual(EMPTY_PERSONAL);
  });

  it('toggle a built-in phrase off and back on', async () => {
    expect((await toggleDisabled('apology.sorry')).disabled).toEqual(['apology.sorry']);
    expect((await toggleDisabled('apology.sorry')).disabled).toEqual([]);
  });
});
