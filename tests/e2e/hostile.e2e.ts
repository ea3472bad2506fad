import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ckeditorText, countOf, launchForTests, plainSuggestion, sidebar } from './browser';
import { ROOT } from './paths';

// A ticket is written by whoever sends the email. Its text reaches the sidebar (chips, evidence, filled phrases)
// and, through placeholders, the agent's reply editor. Here the customer's message and the requester's name are
// attacks: markup, script, a javascript: link, bidi overrides, zero-width characters, a 50 000-character word.
// The sidebar must show them as text, keep working, and run nothing; and on a page with a strict CSP and Trusted
// Types it must work without causing a single violation.

const fixture = JSON.parse(readFileSync(`${ROOT}tests/fixtures/hostile/payloads.json`, 'utf8')) as {
  payloads: Record<string, string>;
  longWord: { length: number; unit: string };
};
const LONG_WORD = fixture.longWord.unit.repeat(fixture.longWord.length);
/** The attack first, then a plain request, so the message still reads as a refund request to the analysers. */
const HOSTILE_MESSAGE = [
  LONG_WORD,
  ...Object.values(fixture.payloads),
  'I was charged twice and I want a refund for the second payment.',
].join('\n\n');
const HOSTILE_NAME = `${fixture.payloads['svg-onload']} Whitfield`;

type DemoWindow = Window & { demo: { addCustomerMessage(id: string, text: string): string; cspViolations(): unknown[] } };

/** Elements and attributes through which markup in the sidebar would run or load something. */
async function activeContentInSidebar(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('composure-sidebar')?.shadowRoot;
    if (!root) return ['no sidebar shadow root'];
    const found: string[] = [];
    for (const el of root.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (['img', 'script', 'iframe', 'object', 'embed', 'foreignobject', 'link', 'meta', 'base', 'form'].includes(tag)) found.push(`<${tag}>`);
      for (const attr of el.attributes) {
        if (attr.name.startsWith('on')) found.push(`<${tag} ${attr.name}>`);
        if (/^\s*javascript:/i.test(attr.value)) found.push(`<${tag} ${attr.name}="${attr.value.slice(0, 40)}">`);
      }
      // The UI's own icons are the only SVG: 16×16, hidden from screen readers.
      if (tag === 'svg' && !(el.getAttribute('viewBox') === '0 0 16 16' && el.getAttribute('aria-hidden') === 'true')) found.push('<svg> not ours');
    }
    return found;
  });
}

describe('hostile ticket content', () => {
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];
  const demo = inject('demoUrl');

  launchForTests((launched) => (context = launched));

  const openPage = async (path: string) => {
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${demo}${path}`);
    await sidebar(page).locator('[data-testid="mood"]').waitFor();
  };

  it('shows a message full of markup, bidi tricks and a 50 000-character word as text, and keeps working', async () => {
    await openPage('/agent/tickets/1001');
    await page.evaluate((text) => (window as unknown as DemoWindow).demo.addCustomerMessage('1001', text), HOSTILE_MESSAGE);
    // The sidebar re-read the ticket: the new latest message is about a refund, not the late order.
    await expect
      .poll(() => sidebar(page).locator('[data-testid="situation"]').evaluateAll((chips) => chips.map((c) => c.getAttribute('data-situation'))))
      .toContain('refund');
    expect(await sidebar(page).locator('.suggestions [data-testid="suggestion"]').count()).toBeGreaterThanOrEqual(3);
    expect(await activeContentInSidebar(page)).toEqual([]);
    // The long word did not blow the sidebar's layout out of the window.
    const box = await sidebar(page).locator('[data-testid="search"]').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 1440).toBe(true);

    const editor = page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]:visible');
    await editor.click();
    const { button, text } = await plainSuggestion(page);
    await button.click();
    await expect.poll(() => sidebar(page).locator('[data-testid="notice"]').innerText()).toBe('Inserted.');
    expect(countOf(await ckeditorText(page), text)).toBe(1);
    expect(await page.locator('img[src="x"], script:text("alert(1)")').count()).toBe(0);
    expect(dialogs).toEqual([]);

    // Controls: the checks above do see a dialog and markup in the shadow root when there is one.
    await page.evaluate(() => alert('control'));
    expect(dialogs).toEqual(['control']);
    dialogs.length = 0;
    await page.evaluate(() => document.querySelector('composure-sidebar')!.shadowRoot!.append(document.createElement('img')));
    expect(await activeContentInSidebar(page)).toEqual(['<img>']);
    await page.close();
  });

  it('inserts a requester name that is markup as literal text, through the rich editor’s paste', async () => {
    await openPage('/agent/tickets/1001');
    // The name in the ticket header, as a hostile sign-up would set it; a new message makes the sidebar re-read.
    await page.evaluate((name) => {
      const header = document.querySelector('[data-ticket-id="1001"] .requester-name');
      if (!header) throw new Error('no requester name in the demo header');
      header.textContent = name;
    }, HOSTILE_NAME);
    await page.evaluate(() => (window as unknown as DemoWindow).demo.addCustomerMessage('1001', 'Where is my order? Nobody kept me informed.'));

    // A phrase that greets the requester by first name, found through search.
    const editor = page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]:visible');
    await editor.click();
    const search = sidebar(page).locator('[data-testid="search"]');
    const card = sidebar(page).locator('.search-results [data-testid="suggestion"][data-phrase-id="apology.not-kept-informed"]');
    // Search results are filled when the query is typed, so search again until the sidebar has re-read the ticket.
    await expect
      .poll(async () => {
        await search.fill('');
        await search.fill('apology.not-kept-informed');
        await card.waitFor();
        return card.innerText();
      })
      .toContain(fixture.payloads['svg-onload']);
    await card.click();
    await expect.poll(() => sidebar(page).locator('[data-testid="notice"]').innerText()).toBe('Inserted.');
    await page.waitForTimeout(300);

    expect(await ckeditorText(page)).toContain(`I'm sorry, ${fixture.payloads['svg-onload']}.`);
    const editorElements = await editor.evaluate((el) => [...el.querySelectorAll('svg, img, script')].map((e) => e.tagName));
    expect(editorElements).toEqual([]);
    expect(await activeContentInSidebar(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('works on a page with a strict CSP and Trusted Types, causing no violation', async () => {
    await openPage('/strict');
    const reply = page.locator('textarea#reply');
    await reply.click();
    await page.keyboard.type('Hi, ');
    const { button, text } = await plainSuggestion(page);
    await button.click();
    await expect.poll(() => reply.inputValue()).toContain(text);
    expect(countOf(await reply.inputValue(), text)).toBe(1);
    // Typing a line to avoid exercises the draft check's rendering too.
    await page.keyboard.type(' Calm down.');
    await sidebar(page).locator('[data-testid="lint-issue"]').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as DemoWindow).demo.cspViolations())).toEqual([]);
    expect(dialogs).toEqual([]);

    // Control: the recorder does report a violation (an inline style attribute set by the page itself).
    await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
    await expect.poll(() => page.evaluate(() => (window as unknown as DemoWindow).demo.cspViolations().length)).toBeGreaterThan(0);
    await page.close();
  });
});
