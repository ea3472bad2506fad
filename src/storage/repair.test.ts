import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { AUTO_BACKUP_KEY, readAutoBackup, refreshAutoBackup } from './backup';
import { putPhrases, readPersonal } from './personal-phrases';
import { pinnedPhrases, togglePin } from './pins';
import { checkAndRepair, QUARANTINE_PREFIX, readHealth, readQuarantine } from './repair';
import { SCHEMA_VERSION } from './records';
import { recordUsage, usageStats } from './usage-stats';
import { freshStorage } from './test-setup';

beforeEach(freshStorage);

const phrase = (id: string) => ({ id, category: 'empathy', text: `Text of ${id}.` });

async function storeSomething() {
  await putPhrases([phrase('empathy.a'), phrase('empathy.b'), phrase('empathy.c')]);
  await togglePin('empathy.a');
  await recordUsage({ kind: 'inserted', category: 'empathy' }, new Date(2026, 10, 24));
  await refreshAutoBackup(new Date('2026-11-24T09:00:00Z'));
}

describe('corrupted storage', () => {
  it('is detected record by record, reported, and recovered from the last backup without touching the rest', async () => {
    await storeSomething();
    await browser.storage.local.set({
      'phrase:empathy.a': '{"v":2,"order":1,"phrase":{"id":"empathy.a","tex', // truncated JSON text
      'pin:empathy.a': { v: SCHEMA_VERSION, at: 'yesterday' }, // wrong type
      'day:2026-11-24': { v: SCHEMA_VERSION + 1, counts: [1, 2] }, // a schema this version does not know
    });
    const found = await checkAndRepair(5);
    expect(found.map((e) => [e.key, e.outcome])).toEqual([
      ['phrase:empathy.a', 'restored'],
      ['pin:empathy.a', 'restored'],
      ['day:2026-11-24', 'restored'],
    ]);
    expect(found[0]!.problem).toMatch(/^truncated or malformed JSON/);
    expect(found[1]!.problem).toBe('at should be a time, found text');
    expect(found[2]!.problem).toBe(`written by a newer Composure (schema ${SCHEMA_VERSION + 1}; this version reads schema ${SCHEMA_VERSION})`);
    expect(found[0]!.backupAt).toBe('2026-11-24T09:00:00.000Z');

    expect((await readPersonal()).phrases.map((p) => p.id)).toEqual(['empathy.a', 'empathy.b', 'empathy.c']);
    expect(await pinnedPhrases.get()).toEqual(['empathy.a']);
    expect((await usageStats.get()).days['2026-11-24']?.inserted).toBe(1);
    // Nothing thrown away: what was found is kept aside as it was, and the report stays for the options page.
    expect((await readQuarantine())[`${QUARANTINE_PREFIX}pin:empathy.a`]).toMatchObject({ raw: { at: 'yesterday' } });
    expect((await readHealth()).entries).toHaveLength(3);
    expect(await checkAndRepair()).toEqual([]); // repaired: nothing more to find
  });

  it('sets a broken record aside when the backup has no good copy of it, and keeps the backup’s copy through later backups', async () => {
    await storeSomething();
    await putPhrases([phrase('empathy.new')]); // added after the last backup
    await browser.storage.local.set({ 'phrase:empathy.new': ['not', 'a', 'record'], 'phrase:empathy.b': 42 });
    // A backup taken while the record is broken keeps the good copy it had.
    await refreshAutoBackup();
    expect((await readAutoBackup())!.records['phrase:empathy.b']).toMatchObject({ phrase: { id: 'empathy.b' } });
    const found = await checkAndRepair();
    expect(found.map((e) => [e.key, e.outcome, e.problem]).sort()).toEqual([
      ['phrase:empathy.b', 'restored', 'expected a record, found a number'],
      ['phrase:empathy.new', 'set-aside', 'expected a record, found a list'],
    ]);
    expect((await readPersonal()).phrases.map((p) => p.id)).toEqual(['empathy.a', 'empathy.b', 'empathy.c']);
    expect((await readQuarantine())[`${QUARANTINE_PREFIX}phrase:empathy.new`]).toMatchObject({ raw: ['not', 'a', 'record'] });
  });

  it('leaves a whole store written by a newer Composure alone, and says so', async () => {
    await storeSomething();
    await browser.storage.local.set({ meta: { schema: SCHEMA_VERSION + 1 }, 'phrase:empathy.a': { v: SCHEMA_VERSION + 1 } });
    expect(await checkAndRepair()).toEqual([]);
    expect((await readHealth()).newerSchema).toBe(SCHEMA_VERSION + 1);
    expect((await browser.storage.local.get('phrase:empathy.a'))['phrase:empathy.a']).toEqual({ v: SCHEMA_VERSION + 1 });
    expect((await browser.storage.local.get(AUTO_BACKUP_KEY))[AUTO_BACKUP_KEY]).toBeDefined();
  });
});
