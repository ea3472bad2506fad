import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ckeditorText, launchWithExtension, openExtensionPage, sidebar } from './browser';
import { openDemo, searchResult } from './fixtures';
import { ARTIFACTS } from './paths';

// Personal phrases and the stats page (issue 7): a phrase added in the options page, checked by the bank's own
// validator, is suggested on the demo ticket without reloading the extension; an insert shows on stats.html.

/** Words no built-in phrase has, so finding them in the sidebar proves the personal phrase got there. */
const DISTINCTIVE = 'The courier owes you a desk, and I will chase them personally today';

describe('options page → sidebar → stats page', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ context, close } = await launchWithExtension());
  });
  afterAll(async () => close?.());

  const extensionPage = (path: string): Promise<Page> => openExtensionPage(context, path);

  it('shows a validation problem beside the field, then saves the fixed phrase', async () => {
    const options = await extensionPage('options.html');
    await options.getByTestId('phrase-add').click();
    await options.getByTestId('phrase-text').fill(`Hi {{ticket.requester.firstname}}, ${DISTINCTIVE}.`);
    const problem = options.locator('[data-testid="field-problem"][data-field="text"][data-severity="error"]');
    await expect.poll(() => problem.first().innerText()).toContain('ticket.requester.first_name');

    // Saving while the placeholder is wrong is refused: nothing stored, the problem still shows.
    await options.getByTestId('phrase-save').click();
    await expect.poll(() => options.getByTestId('options-notice').innerText()).toContain('Not saved');
    expect(await options.getByTestId('personal-phrase').count()).toBe(0);

    await options.getByTestId('phrase-text').fill(`Hi {{ticket.requester.first_name}}, ${DISTINCTIVE}.`);
    await expect.poll(() => problem.count()).toBe(0);
    // The live preview fills the placeholder from the sample ticket.
    expect(await options.getByTestId('phrase-preview').innerText()).toContain(`Hi Maria, ${DISTINCTIVE}`);
    mkdirSync(ARTIFACTS, { recursive: true });
    await options.getByTestId('phrase-category').selectOption('ownership');
    await options.getByTestId('phrase-situations-delivery').check();
    await options.getByTestId('phrase-triggers').fill('tracking, still no desk, in transit');
    await options.screenshot({ path: `${ARTIFACTS}/options-editor.png`, fullPage: true });
    await options.getByTestId('phrase-save').click();

    const saved = options.getByTestId('personal-phrase');
    await expect.poll(() => saved.count()).toBe(1);
    expect(await saved.getAttribute('data-phrase-id')).toBe('ownership.personal-hi-the-courier-owes-you');
  });

  it('suggests the personal phrase on the demo ticket, and counts an insert on the stats page', async () => {
    const demo = await openDemo(context, `${inject('demoUrl')}/agent/tickets/1001`);
    const suggested = sidebar(demo).locator('[data-testid="suggestion"]').filter({ hasText: DISTINCTIVE });
    const result = (await suggested.count()) > 0 ? suggested.first() : await searchResult(demo, 'courier owes you a desk', DISTINCTIVE);
    expect(await result.getAttribute('data-phrase-id')).toMatch(/^ownership\.personal-/);

    await demo.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]:visible').click();
    await result.click();
    await expect.poll(() => ckeditorText(demo)).toContain(`Hi Dana, ${DISTINCTIVE}.`);

    const stats = await extensionPage('stats.html');
    await expect.poll(() => stats.getByTestId('total-inserted').innerText()).toBe('1');
    expect(await stats.locator('[data-testid="chart-per-day"] svg rect').count()).toBeGreaterThan(0);
    expect(await stats.locator('[data-testid="chart-by-category"] svg').getAttribute('aria-label')).toContain('Ownership 1');
    expect(await stats.locator('[data-testid="chart-top-picked"] svg').getAttribute('aria-label')).toContain(DISTINCTIVE);
    await stats.screenshot({ path: `${ARTIFACTS}/stats.png`, fullPage: true });
  });

  it('follows changes made while the ticket is open: a built-in switched off and a phrase deleted leave the sidebar', async () => {
    const demo = context.pages().find((p) => p.url().includes('/agent/tickets/1001'))!;
    const options = context.pages().find((p) => p.url().endsWith('options.html'))!;
    const suggestions = sidebar(demo).locator('.suggestions [data-testid="suggestion"]');
    const builtinId = await suggestions
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-phrase-id') ?? '').find((id) => !id.includes('.personal-')))
      .then((id) => id ?? '');
    expect(builtinId).not.toBe('');
    const builtinText = (await sidebar(demo).locator(`.suggestions [data-phrase-id="${builtinId}"] .phrase-text`).innerText()).trim();

    await options.getByTestId('builtin-search').fill(builtinText.split(/\s+/).slice(0, 6).join(' '));
    const row = options.locator(`[data-testid="builtin-phrase"][data-phrase-id="${builtinId}"]`);
    // A click, not uncheck(): the switch shows the stored state, which changes a moment after the write.
    await row.getByTestId('builtin-toggle').click();
    await expect.poll(() => suggestions.evaluateAll((b) => b.map((x) => x.getAttribute('data-phrase-id')))).not.toContain(builtinId);

    await sidebar(demo).locator('[data-testid="search"]').fill('courier owes you a desk');
    const found = sidebar(demo).locator('.search-results [data-testid="suggestion"]').filter({ hasText: DISTINCTIVE });
    await expect.poll(() => found.count()).toBe(1);
    options.once('dialog', (dialog) => void dialog.accept());
    await options.getByTestId('phrase-delete').click();
    await expect.poll(() => options.getByTestId('personal-phrase').count()).toBe(0);
    // The sidebar moves to the new bank in place: the results follow it, and the query the agent typed stays.
    await expect.poll(() => found.count()).toBe(0);
    expect(await sidebar(demo).locator('[data-testid="search"]').inputValue()).toBe('courier owes you a desk');
  });
});
