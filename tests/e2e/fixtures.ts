import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { FreshdeskDemoApi } from '../demo/pages/freshdesk/main';
import type { PlainDemoApi } from '../demo/pages/plain/violations';
import type { ProseMirrorDemoApi } from '../demo/pages/prosemirror/main';
import type { QuillDemoApi } from '../demo/pages/quill/main';
import type { DemoApi as ZendeskDemoApi } from '../demo/pages/zendesk/main';
import { ckeditorText, sidebar } from './browser';

// Helpers shared by adapters.e2e.ts and editors.e2e.ts: opening demo pages, reading what the sidebar shows,
// and reading each editor back from its own model.

/** Opens a demo page and waits until its editor exists and the sidebar has read the page. */
export async function openDemo(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => {
    const demo = (window as { demo?: { ready?: Promise<void> } }).demo;
    return !demo?.ready || document.documentElement.dataset.demoReady === 'true';
  });
  await sidebar(page).locator('[data-testid="status"]').waitFor();
  return page;
}

export const statusText = (page: Page) => sidebar(page).locator('[data-testid="status"]').innerText();
export const noticeText = (page: Page) => sidebar(page).locator('[data-testid="notice"]').innerText();

export async function situationIds(page: Page): Promise<string[]> {
  return sidebar(page)
    .locator('[data-testid="situation"]')
    .evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-situation') ?? ''));
}

export const moodId = (page: Page) => sidebar(page).locator('[data-testid="mood"]').getAttribute('data-mood');

/** Types a query in the sidebar's search box and returns the first result whose text contains `containing`. */
export async function searchResult(page: Page, query: string, containing = query): Promise<Locator> {
  const box = sidebar(page).locator('[data-testid="search"]');
  await box.fill(query);
  const result = sidebar(page)
    .locator('.search-results [data-testid="suggestion"]')
    .filter({ has: page.locator('.phrase-text', { hasText: containing }) })
    .first();
  await result.waitFor();
  return result;
}

/** The values the sidebar filled into a phrase from the ticket (requester name, ticket id, subject…). */
export async function filledValues(result: Locator): Promise<string[]> {
  return result.locator('mark.seg-value').allInnerTexts();
}

export async function clearSearch(page: Page): Promise<void> {
  await sidebar(page).locator('[data-testid="search"]').fill('');
}

/** Lines of a rich editor's HTML as the editor's model gives it: one per block, nbsp as spaces. */
async function blockLines(page: Page, html: string): Promise<string> {
  return page.evaluate((data) => {
    const doc = new DOMParser().parseFromString(data, 'text/html');
    const blocks = [...doc.body.children];
    const lines = blocks.length ? blocks.map((el) => el.textContent ?? '') : [doc.body.textContent ?? ''];
    return lines.join('\n').replace(/\u00a0/g, ' ');
  }, html);
}

/** One editor under test: where it lives, how to focus it, and how to read and set its model. */
export interface EditorCase {
  name: string;
  path: string;
  /** The visible editable (or field). */
  editable: (page: Page) => Locator;
  /** The reply as the editor's model holds it, blocks on their own lines, no trailing newline. */
  modelText: (page: Page) => Promise<string>;
  /** Puts a draft in the editor through its own API, without focusing it (the agent never clicked there). */
  setDraft: (page: Page, text: string) => Promise<void>;
  /** Prepares the page (e.g. swaps the plain form's textarea for another kind of field). */
  prepare?: (page: Page) => Promise<void>;
  /**
   * Froala pastes paragraphs as whole blocks: the paragraph at the caret is split, and the phrase's lines go
   * between its halves instead of joining them.
   */
  pastesWholeBlocks?: boolean;
  /** The editor's undo history merges changes closer together than this (Quill: 1 s), typing and insert alike. */
  undoMergeMs?: number;
}

/** `window.demo` of the page a callback runs in (page world), typed as that page exports it. */
export type DemoWindow<Api> = Window & { demo: Api };
export type { FreshdeskDemoApi, PlainDemoApi, ProseMirrorDemoApi, QuillDemoApi, ZendeskDemoApi };

/** Switches ticket in the Zendesk or Freshdesk demo, as clicking its tab does. */
export const switchTicket = (page: Page, id: string) =>
  page.evaluate((ticket) => (window as unknown as DemoWindow<ZendeskDemoApi | FreshdeskDemoApi>).demo.switchTicket(ticket), id);

const replaceReplyBox = (tag: 'div' | 'input') => (page: Page) =>
  page.evaluate((kind) => {
    const textarea = document.querySelector('textarea#reply')!;
    const field = document.createElement(kind);
    field.id = 'reply';
    if (kind === 'div') {
      field.contentEditable = 'true';
      field.style.cssText = 'min-height: 8em; border: 1px solid #999; padding: 4px; white-space: pre-wrap';
    } else {
      field.setAttribute('type', 'text');
      field.style.width = '100%';
    }
    textarea.replaceWith(field);
  }, tag);

export const EDITORS: EditorCase[] = [
  {
    name: 'CKEditor 5 (Zendesk)',
    path: '/agent/tickets/1001',
    editable: (page) => page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]:visible'),
    modelText: (page) => ckeditorText(page),
    setDraft: (page, text) =>
      page.evaluate((t) => {
        const { demo } = window as unknown as DemoWindow<ZendeskDemoApi>;
        demo.editor(demo.currentTicketId())!.setData(`<p>${t}</p>`);
      }, text),
  },
  {
    name: 'Froala (Freshdesk)',
    path: '/a/tickets/2001',
    pastesWholeBlocks: true,
    editable: (page) => page.locator('.fr-element.fr-view:visible'),
    modelText: async (page) =>
      blockLines(
        page,
        await page.evaluate(() => {
          const { demo } = window as unknown as DemoWindow<FreshdeskDemoApi>;
          return demo.editor(demo.currentTicketId())!.html.get();
        }),
      ),
    setDraft: (page, text) =>
      page.evaluate((t) => {
        const { demo } = window as unknown as DemoWindow<FreshdeskDemoApi>;
        demo.editor(demo.currentTicketId())!.html.set(`<p>${t}</p>`);
      }, text),
  },
  {
    name: 'ProseMirror',
    path: '/prosemirror',
    editable: (page) => page.locator('.ProseMirror'),
    modelText: (page) => page.evaluate(() => (window as unknown as DemoWindow<ProseMirrorDemoApi>).demo.editorText()),
    setDraft: (page, text) =>
      page.evaluate((t) => {
        const { view } = (window as unknown as DemoWindow<ProseMirrorDemoApi>).demo;
        view.dispatch(view.state.tr.insertText(t, 1));
      }, text),
  },
  {
    name: 'Quill 2',
    path: '/quill',
    undoMergeMs: 1000,
    editable: (page) => page.locator('.ql-editor'),
    modelText: async (page) => (await page.evaluate(() => (window as unknown as DemoWindow<QuillDemoApi>).demo.editorText())).replace(/\n$/, ''),
    setDraft: (page, text) => page.evaluate((t) => void (window as unknown as DemoWindow<QuillDemoApi>).demo.quill.setText(t, 'api'), text),
  },
  {
    name: 'plain contenteditable',
    path: '/plain',
    prepare: replaceReplyBox('div'),
    editable: (page) => page.locator('#reply'),
    // A plain contenteditable has no model but its DOM: the text as the agent sees it.
    modelText: (page) => page.locator('#reply').evaluate((el) => (el as HTMLElement).innerText.replace(/\n+$/, '').replace(/\u00a0/g, ' ')),
    setDraft: (page, text) => page.locator('#reply').evaluate((el, t) => void (el.textContent = t), text),
  },
  {
    name: 'textarea',
    path: '/plain',
    editable: (page) => page.locator('textarea#reply'),
    modelText: (page) => page.locator('textarea#reply').inputValue(),
    setDraft: (page, text) => page.locator('textarea#reply').fill(text).then(() => page.locator('textarea#reply').blur()),
  },
  {
    name: 'text input',
    path: '/plain',
    prepare: replaceReplyBox('input'),
    editable: (page) => page.locator('input#reply'),
    modelText: (page) => page.locator('input#reply').inputValue(),
    setDraft: (page, text) => page.locator('input#reply').evaluate((el, t) => void ((el as HTMLInputElement).value = t), text),
  },
];
