import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { choiceHistory } from './choice-history';
import { META_KEY, MIGRATIONS, migrateStorage, PRE_MIGRATION_PREFIX, storedSchema } from './migrations';
import { readPersonal } from './personal-phrases';
import { pinnedPhrases } from './pins';
import { SCHEMA_VERSION } from './records';
import { sitePrefs } from './site-prefs';
import { freshStorage } from './test-setup';
import { usageStats } from './usage-stats';

beforeEach(freshStorage);

/** What the first release stored, hand-edited in places (duplicates, junk, wrong types): tests/fixtures/storage. */
const schema1 = JSON.parse(readFileSync('tests/fixtures/storage/schema-1.json', 'utf8')) as Record<string, unknown>;

describe('migrations', () => {
  it('exist from every earlier schema to the current one', () => {
    for (let version = 1; version < SCHEMA_VERSION; version++) expect(MIGRATIONS[version]).toBeTypeOf('function');
    expect(storedSchema(schema1)).toBe(1);
    expect(storedSchema({})).toBeUndefined();
    expect(storedSchema({ [META_KEY]: { schema: 7 } })).toBe(7);
  });

  it('bring schema 1 to the current schema on first use, keeping every valid entry', async () => {
    await browser.storage.local.set(schema1);
    const personal = await readPersonal(); // the first access migrates
    expect(personal.phrases.map((p) => p.id)).toEqual([
      'empathy.personal-long-wait',
      'closing.personal-merci',
      'personal.migrated-3',
      'closing.personal-merci-2',
    ]);
    expect(personal.phrases[1]).toMatchObject({ text: 'Merci pour votre patience — à très vite !' });
    expect(personal.phrases[2]).toMatchObject({ text: 'Written by hand, with no id.' });
    expect(personal.disabled).toEqual(['empathy.hear-you']);
    expect(await pinnedPhrases.get()).toEqual(['empathy.personal-long-wait', 'apology.late-delivery-1']);
    expect(await choiceHistory.get()).toEqual({
      picked: { 'empathy.personal-long-wait': 4, 'apology.late-delivery-1': 1 },
      dismissed: { 'policy.firm': 2 },
    });
    expect((await usageStats.get()).days).toEqual({
      '2026-11-20': { inserted: 3, byCategory: { apology: 2, closing: 1 }, lintCaught: 1, lintFixed: 1 },
      '2026-11-21': { inserted: 1, byCategory: { empathy: 1 }, lintCaught: 0, lintFixed: 0 },
    });
    expect(await sitePrefs('acme.zendesk.com').get()).toEqual({ enabled: true, collapsed: true, width: 420 });
    expect(await sitePrefs('help.freshdesk.com').get()).toEqual({ enabled: false, collapsed: false, width: 560 });

    const local = await browser.storage.local.get(null);
    expect(local[META_KEY]).toEqual({ schema: SCHEMA_VERSION });
    for (const old of ['personal', 'pins', 'choices', 'stats', 'site:acme.zendesk.com']) expect(local[old]).toBeUndefined();
    // What it started from is kept as it was.
    expect((local[`${PRE_MIGRATION_PREFIX}1`] as { data: unknown }).data).toEqual(schema1);
  });

  it('give the same result when interrupted and run again', async () => {
    await browser.storage.local.set(schema1);
    const remove = vi.spyOn(browser.storage.local, 'remove').mockRejectedValueOnce(new Error('browser closed'));
    await expect(migrateStorage(1000)).rejects.toThrow('browser closed');
    remove.mockRestore();
    expect(storedSchema(await browser.storage.local.get(null))).toBe(1); // not marked done
    await migrateStorage(1000);
    const once = await browser.storage.local.get(null);
    await migrateStorage(2000); // and again: nothing changes
    expect(await browser.storage.local.get(null)).toEqual(once);
    expect((await readPersonal()).phrases).toHaveLength(4);
  });

  it('keep settings locally when sync refuses them during the migration', async () => {
    await browser.storage.local.set(schema1);
    vi.spyOn(browser.storage.sync, 'set').mockRejectedValue(new Error('sync is off'));
    await migrateStorage();
    expect(await sitePrefs('acme.zendesk.com').get()).toEqual({ enabled: true, collapsed: true, width: 420 });
  });

  it('mark a fresh install with the current schema, and leave data from a newer version untouched', async () => {
    expect(await migrateStorage()).toEqual({});
    expect((await browser.storage.local.get(META_KEY))[META_KEY]).toEqual({ schema: SCHEMA_VERSION });
    freshStorage();
    const newer = { [META_KEY]: { schema: SCHEMA_VERSION + 1 }, 'phrase:x': { v: SCHEMA_VERSION + 1, shape: 'unknown' }, pins: ['a'] };
    await browser.storage.local.set(newer);
    expect(await migrateStorage()).toEqual({ from: SCHEMA_VERSION + 1, newer: true });
    expect(await browser.storage.local.get(null)).toEqual(newer);
  });
});
