import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { countOf, launchForTests, plainSuggestion, sidebar } from './browser';
import {
  EDITORS,
  noticeText,
  openDemo,
  searchResult,
  statusText,
  switchTicket,
  type DemoWindow,
  type EditorCase,
  type ZendeskDemoApi,
} from './fixtures';

// Insertion into every editor the demo has, each read back from the editor's own model: at the agent's caret
// (kept across a click in the sidebar, restored after the sidebar took focus), multi-line, exactly once,
// undoable, and lint fixes replacing the flagged words.

const DRAFT_BEFORE = 'Hello there. ';
const DRAFT_AFTER = 'Goodbye.';
/** The multi-line phrase: a closing with a sign-off (three lines in the bank). */
const CLOSING = 'Thanks for your patience today';

/** The text a phrase button inserts, line breaks included (textContent keeps them whatever the CSS). */
const phraseText = (button: Locator) => button.locator('.phrase-text').evaluate((el) => el.textContent ?? '');

let context: BrowserContext;
const demo = inject('demoUrl');

launchForTests((launched) => (context = launched));

async function open(editor: EditorCase): Promise<Page> {
  const page = await openDemo(context, `${demo}${editor.path}`);
  await editor.prepare?.(page);
  return page;
}

/** Types the draft and puts the caret before its last word with the keyboard, as an agent does. */
async function typeDraftWithCaretInside(page: Page, editor: EditorCase): Promise<void> {
  await editor.editable(page).click();
  await page.keyboard.type(DRAFT_BEFORE + DRAFT_AFTER);
  for (let i = 0; i < DRAFT_AFTER.length; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(() => editor.modelText(page)).toBe(DRAFT_BEFORE + DRAFT_AFTER);
}

for (const editor of EDITORS) {
  const multiLineJoin = editor.name === 'text input' ? ' ' : '\n';

  describe(editor.name, () => {
    it('inserts a clicked suggestion at the caret, exactly once; one Ctrl+Z takes it out again', async () => {
      const page = await open(editor);
      await typeDraftWithCaretInside(page, editor);
      const { button, text } = await plainSuggestion(page);
      // Quill's history groups all changes within a second into one undo step: an agent who pauses gets the
      // insertion as its own step, one who clicks right after typing undoes both together.
      if (editor.undoMergeMs) await page.waitForTimeout(editor.undoMergeMs + 100);
      await button.click();
      await expect.poll(() => noticeText(page)).toBe('Inserted.');
      await page.waitForTimeout(300); // past any editor's revert window: the model still holds it
      expect(await editor.modelText(page)).toBe(`${DRAFT_BEFORE}${text}${DRAFT_AFTER}`);

      await page.keyboard.press('Control+z');
      await expect.poll(() => editor.modelText(page)).toBe(DRAFT_BEFORE + DRAFT_AFTER);
      await page.close();
    });

    it('puts the caret back after the sidebar took focus, and keeps a multi-line phrase’s lines', async () => {
      const page = await open(editor);
      await typeDraftWithCaretInside(page, editor);
      const result = await searchResult(page, CLOSING); // typing in the search box moved focus out of the editor
      const lines = (await phraseText(result)).split('\n');
      expect(lines.length).toBeGreaterThanOrEqual(2);
      await result.click();
      await expect.poll(() => noticeText(page)).toBe('Inserted.');
      await page.waitForTimeout(300);
      const model = await editor.modelText(page);
      const expected = editor.pastesWholeBlocks
        ? [DRAFT_BEFORE.trim(), ...lines, DRAFT_AFTER].join('\n')
        : `${DRAFT_BEFORE}${lines.join(multiLineJoin)}${DRAFT_AFTER}`;
      expect(model).toBe(expected);
      expect(countOf(model, lines[0]!)).toBe(1);
      await page.close();
    });

    if (editor.name !== 'text input') {
      // An <input> is only the reply box once the agent has typed in it: the generic adapter never guesses one.
      it('inserts at the end of the draft when the agent never put a caret in the editor', async () => {
        const page = await open(editor);
        await editor.setDraft(page, 'Draft.');
        const { button, text } = await plainSuggestion(page);
        await button.click();
        await expect.poll(() => noticeText(page)).toBe('Inserted.');
        await page.waitForTimeout(300);
        expect(await editor.modelText(page)).toBe(`Draft.${text}`);
        await page.close();
      });
    }

    it('replaces a flagged line with the chosen fix', async () => {
      const page = await open(editor);
      await editor.editable(page).click();
      await page.keyboard.type('Please calm down, I am checking.');
      const fix = sidebar(page)
        .locator('[data-testid="lint-issue"][data-rule-id="calm-down"] [data-testid="lint-fix"]')
        .filter({ hasText: 'I can see how upsetting this is' });
      await fix.click({ timeout: 5000 });
      await expect.poll(() => editor.modelText(page)).toBe('Please I can see how upsetting this is, I am checking.');
      await page.close();
    });
  });
}

describe('a ticket switch', () => {
  it('sends the next phrase to the ticket now shown, never to the hidden one the agent typed in before', async () => {
    const page = await openDemo(context, `${demo}/agent/tickets/1001`);
    await page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]:visible').click();
    await page.keyboard.type('Draft for 1001.');
    await switchTicket(page, '1002');
    await expect.poll(() => statusText(page)).toBe('Zendesk · #1002');
    const { button, text } = await plainSuggestion(page);
    await button.click();
    await expect.poll(() => noticeText(page)).toBe('Inserted.');
    await page.waitForTimeout(300);
    // Each ticket's CKEditor model, as text.
    const modelOf = (id: string) =>
      page.evaluate((ticket) => {
        const html = (window as unknown as DemoWindow<ZendeskDemoApi>).demo.editor(ticket)!.getData();
        return new DOMParser().parseFromString(html, 'text/html').body.textContent?.replace(/\u00a0/g, ' ') ?? '';
      }, id);
    expect(await modelOf('1001')).toBe('Draft for 1001.');
    expect(await modelOf('1002')).toBe(text);
    await page.close();
  });
});

describe('a helpdesk app in an iframe', () => {
  it('gets no sidebar of its own, and an insert lands once, in the top page’s reply box only', async () => {
    const page = await openDemo(context, `${demo}/iframe`);
    const app = page.frameLocator('#app-frame');
    await app.locator('textarea#app-note').waitFor();
    expect(await page.locator('composure-sidebar').count()).toBe(1);
    expect(await app.locator('composure-sidebar').count()).toBe(0);
    await page.locator('textarea#reply').click();
    const { button, text } = await plainSuggestion(page);
    await button.click();
    await expect.poll(() => noticeText(page)).toBe('Inserted.');
    await page.waitForTimeout(300);
    expect(countOf(await page.locator('textarea#reply').inputValue(), text)).toBe(1);
    expect(await app.locator('textarea#app-note').inputValue()).toBe('');
    await page.close();
  });
});

describe('an editor that keeps nothing', () => {
  it('puts the phrase on the clipboard and says so', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo });
    const page = await openDemo(context, `${demo}/plain`);
    // A contenteditable that puts its old content back after every change, as an editor whose model wins.
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.id = 'reply';
      box.contentEditable = 'true';
      box.textContent = 'Fixed text.';
      new MutationObserver(() => {
        if (box.textContent !== 'Fixed text.') box.textContent = 'Fixed text.';
      }).observe(box, { childList: true, characterData: true, subtree: true });
      document.querySelector('textarea#reply')!.replaceWith(box);
    });
    await page.locator('#reply').click();
    const { button, text } = await plainSuggestion(page);
    await button.click();
    await expect.poll(() => noticeText(page)).toContain('clipboard');
    expect(await noticeText(page)).toContain('Ctrl+V');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    expect(await page.locator('#reply').innerText()).toBe('Fixed text.');
    await page.close();
  });
});
