import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { applyRestore, BACKUP_FORMAT, createBackup, planRestore } from './backup';
import { putPhrases, readPersonal, setBuiltinDisabled } from './personal-phrases';
import { pinnedPhrases, togglePin } from './pins';
import { SCHEMA_VERSION } from './records';
import { DEFAULT_SITE_PREFS, sitePrefs } from './site-prefs';
import { freshStorage } from './test-setup';

beforeEach(freshStorage);
afterEach(() => vi.useRealTimers());

describe('backup and restore', () => {
  it('round-trips everything: phrases, switched-off phrases, pins and settings, into a fresh browser', async () => {
    // A phrase's place in the list comes from the clock when it is added: the backup is made a day before the
    // phrase added since, as in life (within one millisecond their places could tie).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T10:00:00Z'));
    await putPhrases([{ id: 'empathy.a', category: 'empathy', text: 'Ça alors, désolé !' }, { id: 'closing.b', category: 'closing', text: 'Bye.' }]);
    await setBuiltinDisabled('apology.sorry', true);
    await togglePin('closing.b');
    await sitePrefs('acme.zendesk.com').set({ ...DEFAULT_SITE_PREFS, width: 480 });
    const file = JSON.stringify(await createBackup(new Date('2026-11-24T10:00:00Z')), null, 2);

    freshStorage();
    vi.setSystemTime(new Date('2026-11-24T10:00:00Z'));
    await putPhrases([{ id: 'empathy.kept', category: 'empathy', text: 'Already here.' }]);
    const plan = planRestore(file);
    if (!plan.ok) throw new Error(plan.problem);
    expect(plan.createdAt).toBe('2026-11-24T10:00:00.000Z');
    expect(plan.counts).toEqual(
      expect.arrayContaining([
        { what: 'a personal phrase', count: 2 },
        { what: 'a switched-off phrase', count: 1 },
        { what: 'a pin', count: 1 },
        { what: 'a site’s sidebar settings', count: 1 },
      ]),
    );
    expect(await applyRestore(plan)).toBe(5);
    // Restored phrases take their places from the backup; the one added since stays.
    expect((await readPersonal()).phrases.map((p) => p.id)).toEqual(['empathy.a', 'closing.b', 'empathy.kept']);
    expect((await readPersonal()).disabled).toEqual(['apology.sorry']);
    expect(await pinnedPhrases.get()).toEqual(['closing.b']);
    expect((await sitePrefs('acme.zendesk.com').get()).width).toBe(480);
  });

  it('refuses a file that is not a usable backup, saying where and why, and lists broken records', async () => {
    const bad = (text: string) => {
      const plan = planRestore(text);
      return plan.ok ? 'restorable' : plan.problem;
    };
    expect(bad('{"format": "composure-backup", "schema": 2, "records": {"pin:a": {"v": 2, "at": 1}')).toMatch(/^line 1, column \d+: not valid JSON/);
    expect(bad('')).toBe('the file is empty');
    expect(bad('{"phrases": []}')).toBe(`not a Composure backup: expected "format": "${BACKUP_FORMAT}", found an object with the key "phrases"`);
    expect(bad(JSON.stringify({ format: BACKUP_FORMAT, schema: SCHEMA_VERSION + 1, records: {} }))).toMatch(/^made by a newer Composure/);
    expect(bad(JSON.stringify({ format: BACKUP_FORMAT, schema: SCHEMA_VERSION, records: [] }))).toBe('"records" should be an object, found a list');

    const plan = planRestore(
      JSON.stringify({
        format: BACKUP_FORMAT,
        schema: SCHEMA_VERSION,
        createdAt: 'x',
        records: { 'pin:a': { v: 2, at: 1 }, 'pin:b': { v: 2, at: 'soon' }, 'tickets:1': {}, 'phrase:c': { v: 2, order: 1, phrase: { id: 'd' } } },
      }),
    );
    if (!plan.ok) throw new Error(plan.problem);
    expect(plan.counts).toEqual([{ what: 'a pin', count: 1 }]);
    expect(plan.invalid).toEqual([
      { key: 'pin:b', problem: 'at should be a time, found text' },
      { key: 'tickets:1', problem: 'not a kind of record Composure keeps' },
      { key: 'phrase:c', problem: 'phrase.id is "d", the key says "c"' },
    ]);
    expect(await browser.storage.local.get('pin:a')).toEqual({ 'pin:a': undefined }); // planning wrote nothing
  });
});
