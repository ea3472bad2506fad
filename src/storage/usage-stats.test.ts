import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { clearUsageStats, dayKey, MAX_DAYS, recordUsage, usageStats } from './usage-stats';
import { freshStorage } from './test-setup';

beforeEach(freshStorage);

describe('usage stats', () => {
  const monday = new Date(2026, 10, 23, 23, 59);
  const tuesday = new Date(2026, 10, 24, 0, 1);

  it('count inserts per local day and per category, and lint catches and fixes', async () => {
    await recordUsage({ kind: 'inserted', category: 'apology' }, monday);
    await recordUsage({ kind: 'inserted', category: 'apology' }, monday);
    await recordUsage({ kind: 'inserted', category: 'closing' }, tuesday);
    await recordUsage({ kind: 'lint-caught', count: 2 }, tuesday);
    await recordUsage({ kind: 'lint-fixed' }, tuesday);
    const { days } = await usageStats.get();
    expect(days['2026-11-23']).toEqual({ inserted: 2, byCategory: { apology: 2 }, lintCaught: 0, lintFixed: 0 });
    expect(days['2026-11-24']).toEqual({ inserted: 1, byCategory: { closing: 1 }, lintCaught: 2, lintFixed: 1 });
    expect(dayKey(tuesday)).toBe('2026-11-24');
    expect(Object.keys(await browser.storage.local.get(null))).toEqual(expect.arrayContaining(['day:2026-11-23', 'day:2026-11-24']));
  });

  it('lose no count when events arrive together (an insert and the lint check it triggers)', async () => {
    await Promise.all([
      recordUsage({ kind: 'inserted', category: 'apology' }, monday),
      recordUsage({ kind: 'lint-caught', count: 1 }, monday),
      recordUsage({ kind: 'inserted', category: 'closing' }, monday),
    ]);
    expect((await usageStats.get()).days['2026-11-23']).toEqual({ inserted: 2, byCategory: { apology: 1, closing: 1 }, lintCaught: 1, lintFixed: 0 });
  });

  it('show the most recent days, skip broken day records, and reset to nothing', async () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_DAYS + 10 }, (_, i) => [`day:${dayKey(new Date(2024, 0, 1 + i))}`, { v: 2, inserted: 1, byCategory: {}, lintCaught: 0, lintFixed: 0 }]),
    );
    await browser.storage.local.set({ meta: { schema: 2 }, ...many, 'day:not-a-day': { v: 2, inserted: 3 }, 'day:2099-01-01': { v: 2, inserted: -4 } });
    const { days } = await usageStats.get();
    expect(Object.keys(days)).toHaveLength(MAX_DAYS);
    expect(days['2024-01-01']).toBeUndefined(); // the oldest went first
    expect(days['2099-01-01']).toBeUndefined();
    await clearUsageStats();
    expect(await usageStats.get()).toEqual({ days: {} });
  });
});
