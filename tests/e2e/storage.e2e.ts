import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchForTests, openExtensionPage, reloadExtension, sidebar } from './browser';
import { openDemo } from './fixtures';

// Nothing is lost (issue 9, item 5; issue 7, item 4): what an older version stored survives an update and is
// migrated; a damaged record is reported on the options page and restored from the automatic backup; two
// options tabs saving at once both keep their phrase; a downloaded backup restores what was deleted.

type Storage = Record<string, unknown>;
interface ChromeStorage {
  chrome: { storage: { local: { get(keys: null | string): Promise<Storage>; set(items: Storage): Promise<void>; clear(): Promise<void> } } };
}

/** storage.local as the extension sees it (read from one of its pages). */
const localStorage = (page: Page, key: string | null = null) =>
  page.evaluate((k) => (globalThis as unknown as ChromeStorage).chrome.storage.local.get(k), key);
const writeStorage = (page: Page, items: Storage) =>
  page.evaluate((i) => (globalThis as unknown as ChromeStorage).chrome.storage.local.set(i), items);

const schema1 = JSON.parse(readFileSync('tests/fixtures/storage/schema-1.json', 'utf8')) as Storage;

describe('stored data across updates, damage and tabs', () => {
  let context: BrowserContext;
  launchForTests((launched) => (context = launched));
  const demo = inject('demoUrl');

  const options = async (): Promise<Page> => {
    const page = await openExtensionPage(context, 'options.html');
    await page.getByTestId('storage-section').waitFor();
    return page;
  };
  const personalIds = (page: Page) => page.getByTestId('personal-phrase').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-phrase-id')));
  const addPhrase = async (page: Page, text: string) => {
    await page.getByTestId('phrase-add').click();
    await page.getByTestId('phrase-text').fill(text);
  };

  it('migrates what the previous version stored when the extension updates, and keeps it through later reloads', async () => {
    const page = await options();
    await page.evaluate(() => (globalThis as unknown as ChromeStorage).chrome.storage.local.clear());
    await writeStorage(page, schema1); // as the first release left it
    await page.close();

    await reloadExtension(context); // the update: the new background script migrates on start
    const after = await options();
    await expect.poll(() => personalIds(after)).toEqual(['empathy.personal-long-wait', 'closing.personal-merci', 'personal.migrated-3', 'closing.personal-merci-2']);
    const stored = await localStorage(after);
    expect(stored.meta).toEqual({ schema: 2 });
    expect(stored.personal).toBeUndefined();
    expect(stored['day:2026-11-20']).toMatchObject({ inserted: 3 });
    expect((stored['backup:schema-1'] as { data: Storage }).data.personal).toEqual(schema1.personal);

    // Pins migrated too: the sidebar lists them.
    const ticket = await openDemo(context, `${demo}/agent/tickets/1001`);
    await expect
      .poll(() => sidebar(ticket).locator('[data-testid="pinned"] [data-phrase-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-phrase-id'))))
      .toContain('apology.late-delivery-1');
    await ticket.close();

    // A phrase added now, then another reload: everything is still there.
    await addPhrase(after, 'Thanks for bearing with us while we sort the courier out.');
    await after.getByTestId('phrase-save').click();
    await expect.poll(async () => (await personalIds(after)).length).toBe(5);
    await after.close();
    await reloadExtension(context);
    const again = await options();
    await expect.poll(async () => (await personalIds(again)).length).toBe(5);
    await again.close();
  }, 60_000);

  it('reports damaged records on the options page and restores them from the automatic backup', async () => {
    const page = await options();
    await addPhrase(page, 'I have flagged this with our warehouse team myself.');
    await page.getByTestId('phrase-save').click();
    const id = (await personalIds(page)).at(-1)!;
    // The background script refreshes the automatic backup shortly after a change.
    await expect.poll(async () => Object.keys(((await localStorage(page, 'backup:auto'))['backup:auto'] as { records: Storage })?.records ?? {}), { timeout: 10_000 })
      .toContain(`phrase:${id}`);

    await writeStorage(page, { [`phrase:${id}`]: `{"v":2,"order":1,"phrase":{"id":"${id}","te` });
    await page.reload();
    const entry = page.locator(`[data-testid="storage-health-entry"][data-key="phrase:${id}"]`);
    await expect.poll(() => entry.getAttribute('data-outcome')).toBe('restored');
    expect(await entry.innerText()).toContain('truncated or malformed JSON');
    await expect.poll(() => personalIds(page)).toContain(id);
    // The damaged value is kept aside, as it was.
    expect((await localStorage(page, `quarantine:phrase:${id}`))[`quarantine:phrase:${id}`]).toMatchObject({ raw: expect.stringContaining('"te') });
    await page.getByTestId('storage-health-dismiss').click();
    await expect.poll(() => page.getByTestId('storage-health').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('keeps both phrases when two options tabs save at the same moment', async () => {
    const [one, two] = [await options(), await options()];
    const before = (await personalIds(one)).length;
    await addPhrase(one, 'From the first tab: I will call the depot for you this afternoon.');
    await addPhrase(two, 'From the second tab: your replacement is packed and leaves tomorrow.');
    await Promise.all([one.getByTestId('phrase-save').click(), two.getByTestId('phrase-save').click()]);
    for (const page of [one, two]) await expect.poll(async () => (await personalIds(page)).length).toBe(before + 2);
    await one.close();
    await two.close();
  });

  it('downloads a backup and restores a deleted phrase from it', async () => {
    const page = await options();
    const ids = await personalIds(page);
    const download = page.waitForEvent('download');
    await page.getByTestId('backup-export').click();
    const file = await (await download).path();

    page.on('dialog', (dialog) => void dialog.accept());
    await page.locator(`[data-testid="personal-phrase"][data-phrase-id="${ids[0]}"] [data-testid="phrase-delete"]`).click();
    await expect.poll(() => personalIds(page)).not.toContain(ids[0]);

    await page.getByTestId('backup-restore-file').setInputFiles(file);
    await expect.poll(() => page.getByTestId('backup-restore-preview').innerText()).toContain(`${ids.length} × a personal phrase`);
    await page.getByTestId('backup-restore-apply').click();
    await expect.poll(() => personalIds(page)).toEqual(ids);

    // A file that is not a backup changes nothing and says why.
    await page.getByTestId('backup-restore-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"phrases": [') });
    await expect.poll(() => page.getByTestId('backup-restore-problem').innerText()).toContain('not valid JSON');
    expect(await personalIds(page)).toEqual(ids);
    await page.close();
  });
});
