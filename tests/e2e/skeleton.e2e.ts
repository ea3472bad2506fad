import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ckeditorText, countOf, launchForTests, plainSuggestion, sidebar } from './browser';

// The walking skeleton, end to end: page → adapter → engine → sidebar → insertion into the editor's model.
describe('the whole loop on the demo helpdesk', () => {
  let context: BrowserContext;
  let page: Page;
  const demo = inject('demoUrl');

  launchForTests((launched) => (context = launched));

  const openZendeskTicket = async () => {
    page = await context.newPage();
    await page.goto(`${demo}/agent/tickets/1001`);
    await sidebar(page).locator('[data-testid="mood"]').waitFor();
    return page;
  };

  it('shows one sidebar with the mood, situations and suggestions for the visible ticket', async () => {
    await openZendeskTicket();
    expect(await page.locator('composure-sidebar').count()).toBe(1);
    const mood = await sidebar(page).locator('[data-testid="mood"]').getAttribute('data-mood');
    expect(['frustrated', 'angry']).toContain(mood);
    const situations = await sidebar(page).locator('[data-testid="situation"]').evaluateAll((chips) =>
      chips.map((chip) => chip.getAttribute('data-situation')),
    );
    expect(situations).toContain('delivery');
    const suggestions = sidebar(page).locator('[data-testid="suggestion"]');
    expect(await suggestions.count()).toBeGreaterThanOrEqual(3);
    for (const suggestion of await suggestions.all()) {
      expect(await suggestion.getAttribute('data-phrase-id')).toMatch(/^[a-z-]+\.[a-z0-9-]+$/);
      expect(await suggestion.getAttribute('data-category')).toBeTruthy();
    }
    await page.close();
  });

  it('inserts a clicked suggestion at the caret in CKEditor’s model, exactly once, and typing keeps it', async () => {
    await openZendeskTicket();
    const editor = page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]:visible');
    await editor.click();
    await page.keyboard.type('Hello there. ');
    const { button, text } = await plainSuggestion(page);
    await button.click();
    await expect.poll(() => sidebar(page).locator('[data-testid="notice"]').innerText()).toBe('Inserted.');
    // Past CKEditor's ~50 ms revert window: the model still holds it.
    await page.waitForTimeout(300);
    let model = await ckeditorText(page);
    expect(countOf(model, text)).toBe(1);
    expect(model.startsWith(`Hello there. ${text}`)).toBe(true);
    // The caret stayed in the editor after the click: typing continues after the phrase.
    await page.keyboard.type(' See you soon.');
    model = await ckeditorText(page);
    expect(countOf(model, text)).toBe(1);
    expect(model).toContain(`${text} See you soon.`);
    await page.close();
  });

  it('is checked against the model: CKEditor reverts a DOM-only execCommand insert, so such an insert would fail', async () => {
    await openZendeskTicket();
    const editor = page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]:visible');
    await editor.click();
    await page.evaluate(() => document.execCommand('insertText', false, 'DOM-only text'));
    await page.waitForTimeout(300);
    expect(await ckeditorText(page)).not.toContain('DOM-only text');
    await page.close();
  });

  it('inserts into a plain textarea at the caret, exactly once', async () => {
    page = await context.newPage();
    await page.goto(`${demo}/plain`);
    const reply = page.locator('textarea#reply');
    await reply.click();
    await page.keyboard.type('Hi, ');
    const { button, text } = await plainSuggestion(page);
    await button.click();
    await expect.poll(() => reply.inputValue()).toContain(text);
    await page.waitForTimeout(200);
    const value = await reply.inputValue();
    expect(countOf(value, text)).toBe(1);
    expect(value.startsWith(`Hi, ${text}`)).toBe(true);
    await page.close();
  });
});
