import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page, Request, Worker } from 'playwright-core';
import { launchWithExtension, plainSuggestion, sidebar } from './browser';
import { serveTeamBank, TEAM_BANK, useTeamBank } from './team-bank-fixtures';

// "Ticket text never leaves the browser", checked on the wire. Every request the browser makes during a whole
// working session is recorded: the pages', the content script's (it runs in the page's frame, so its requests
// show up as the page's), the popup's and the background service worker's (Playwright 1.65 reports those through
// context 'request' events unless service workers are blocked; `request.serviceWorker()` names them). The demo
// pages only load their own documents and assets, so any request to another host, any script-made request
// (fetch/XHR/beacon/WebSocket) and any network request from an extension context is the extension talking.
// Two controls at the end prove the recorder does see such requests.

interface Seen {
  url: string;
  type: string;
  /** Where it came from: the service worker, an extension page, or a page of the demo. */
  from: 'service-worker' | 'extension-page' | 'page';
}

// sendBeacon shows up as 'ping'. ('other' is left out: the browser's own favicon request is typed so.)
const SCRIPT_MADE = new Set(['fetch', 'xhr', 'websocket', 'eventsource', 'ping']);
const NOT_NETWORK = /^(data|blob|chrome-extension|about):/;

function origin(request: Request): Seen['from'] {
  if (request.serviceWorker()) return 'service-worker';
  let frameUrl = '';
  try {
    frameUrl = request.frame().url();
  } catch {
    // navigation before its frame exists: judged by its own URL
  }
  return frameUrl.startsWith('chrome-extension://') ? 'extension-page' : 'page';
}

/** Why a request breaks the promise, or null when it is the demo page loading itself or a local extension file. */
function violation(seen: Seen, demoOrigin: string): string | null {
  if (NOT_NETWORK.test(seen.url)) return null;
  if (seen.from !== 'page') return `network request from the extension's ${seen.from}`;
  if (new URL(seen.url).origin !== demoOrigin) return 'request to a host other than the helpdesk page';
  if (SCRIPT_MADE.has(seen.type)) return `script-made ${seen.type} request (the demo pages make none)`;
  return null;
}

describe('privacy: nothing leaves the browser', () => {
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  let context: BrowserContext;
  let worker: Worker;
  let page: Page;
  const demo = inject('demoUrl');
  const demoOrigin = new URL(demo).origin;
  const seen: Seen[] = [];

  beforeAll(async () => {
    browser = await launchWithExtension();
    context = browser.context;
    context.on('request', (request) => seen.push({ url: request.url(), type: request.resourceType(), from: origin(request) }));
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  });
  afterAll(() => browser?.close());

  const waitForSidebar = async (p: Page) => sidebar(p).locator('[data-testid="mood"]').waitFor();
  const situations = (p: Page) =>
    sidebar(p).locator('[data-testid="situation"]').evaluateAll((chips) => chips.map((c) => c.getAttribute('data-situation')));

  it('makes no request of its own through a whole session on Zendesk and Freshdesk', async () => {
    page = await context.newPage();
    // Read the ticket and its suggestions.
    await page.goto(`${demo}/agent/tickets/1001`);
    await waitForSidebar(page);
    expect(await situations(page)).toContain('delivery');

    // Insert a suggestion into CKEditor.
    const editor = page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]:visible');
    await editor.click();
    const { button } = await plainSuggestion(page);
    await button.click();
    await expect.poll(() => sidebar(page).locator('[data-testid="notice"]').innerText()).toBe('Inserted.');

    // Type a draft with a line to avoid; the draft check flags it.
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Please calm down, that is not my job.');
    await sidebar(page).locator('[data-testid="lint-issue"]').first().waitFor();

    // Search the bank and pin a result (a write to extension storage).
    await sidebar(page).locator('[data-testid="search"]').fill('refund');
    const result = sidebar(page).locator('.search-results [data-testid="suggestion"]').first();
    await result.waitFor();
    await sidebar(page).locator('.search-results [data-testid="pin"]').first().click();

    // A reply arrives, then the agent switches tickets.
    await page.evaluate(() => (window as unknown as { demo: { addCustomerMessage(id: string, text: string): string } }).demo.addCustomerMessage('1001', 'Still nothing. I want my money back.'));
    await page.locator('[data-tab-for="1002"]').click();
    await expect.poll(() => situations(page)).toContain('billing');

    // The same on Freshdesk, and the toolbar popup about that tab.
    const freshdesk = await context.newPage();
    await freshdesk.goto(`${demo}/a/tickets/2001`);
    await waitForSidebar(freshdesk);
    const extensionId = new URL(worker.url()).host;
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.locator('main.popup').waitFor();
    await popup.waitForTimeout(500);
    await Promise.all([popup.close(), freshdesk.close()]);
    // Anything still in flight (a debounced lint, a late write) has had time to show up.
    await page.waitForTimeout(1_000);

    const extensionNetwork = seen.filter((s) => s.from !== 'page' && !NOT_NETWORK.test(s.url));
    const problems = seen.flatMap((s) => {
      const why = violation(s, demoOrigin);
      return why ? [`${why}: ${s.type} ${s.url}`] : [];
    });
    const byType = Object.entries(
      seen.reduce<Record<string, number>>((n, s) => ({ ...n, [`${s.from}/${s.type}`]: (n[`${s.from}/${s.type}`] ?? 0) + 1 }), {}),
    );
    console.log(`[privacy] ${seen.length} requests in the session: ${byType.map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log(`[privacy] network requests from extension contexts: ${extensionNetwork.length}; violations: ${problems.length}`);
    expect(problems).toEqual([]);
    expect(extensionNetwork).toEqual([]);
    expect(seen.some((s) => s.from === 'page' && s.type === 'document')).toBe(true);
  });

  it('keeps no ticket text: extension storage holds settings and phrase ids, the page’s storage nothing', async () => {
    type ExtensionGlobal = { chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } } };
    const stored = await worker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get(null));
    const dump = JSON.stringify(stored);
    console.log(`[privacy] extension storage keys: ${Object.keys(stored).join(', ')}`);
    // The session above pinned a phrase: storage was written, so what follows looks at real content.
    expect(Object.keys(stored).some((key) => key.startsWith('pin:'))).toBe(true);
    // What a ticket holds: its messages, subject, people. None of it, nor what the agent typed, may be kept.
    const ticketText = await page.evaluate(() =>
      [...document.querySelectorAll('[data-test-id="omni-log-message-content"], [data-test-id="omni-log-item-sender"]')]
        .map((el) => (el as HTMLElement).innerText)
        .concat([...document.querySelectorAll<HTMLInputElement>('input[data-test-id="omni-header-subject"]')].map((i) => i.value)),
    );
    const fragments = [...ticketText, 'Please calm down', 'Still nothing. I want my money back.', 'dana.whitfield@example.com']
      .flatMap((text) => text.split(/[\n.!?]+/))
      .map((s) => s.trim())
      .filter((s) => s.length >= 8);
    expect(fragments.length).toBeGreaterThan(20);
    expect(fragments.filter((f) => dump.includes(f))).toEqual([]);
    expect(dump).not.toMatch(/Whitfield|4417/);

    const pageStorage = await page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }));
    expect(pageStorage).toEqual({ local: {}, session: {}, cookie: '' });
  });

  // Controls: the recorder sees exactly the requests the assertions above rule out.
  it('would notice: a request from the service worker and a script request to another host are both caught', async () => {
    const before = seen.length;
    await worker.evaluate((url) => fetch(url).then(() => null, () => null), `${demo}/privacy-control-from-worker`);
    await page.evaluate(() => fetch('http://127.0.0.1:9/privacy-control-from-page').then(() => null, () => null));
    await expect.poll(() => seen.length - before).toBeGreaterThanOrEqual(2);
    const caught = seen.slice(before).map((s) => [s.url.replace(/^https?:\/\/[^/]+/, ''), violation(s, demoOrigin)]);
    expect(caught).toEqual(
      expect.arrayContaining([
        ['/privacy-control-from-worker', "network request from the extension's service-worker"],
        ['/privacy-control-from-page', 'request to a host other than the helpdesk page'],
      ]),
    );
  });
});

// With a team bank configured, the extension makes exactly one kind of request: a GET of that URL, from the
// background script, carrying nothing of the tickets. Checked twice: as the browser reports it (who sent it, its
// URL, method, body, headers) and as the server received it (what actually went on the wire).
describe('privacy with a team bank: the only request is a GET of exactly that URL', () => {
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  let context: BrowserContext;
  const demo = inject('demoUrl');
  const bankUrl = `${demo}/team-bank.json`;
  const seen: { url: string; method: string; from: Seen['from']; body: string | null; headers: Promise<Record<string, string>> }[] = [];

  beforeAll(async () => {
    await serveTeamBank(demo, JSON.stringify(TEAM_BANK));
    browser = await launchWithExtension();
    context = browser.context;
    context.on('request', (request) =>
      seen.push({ url: request.url(), method: request.method(), from: origin(request), body: request.postData(), headers: request.allHeaders() }),
    );
  });
  afterAll(() => browser?.close());

  it('fetches the bank, and nothing else, with no ticket text in the URL, headers or a body', async () => {
    const serverLogBefore = ((await (await fetch(`${demo}/__test/team-bank-log`)).json()) as unknown[]).length;
    const options = await useTeamBank(context, bankUrl);

    // A working session on a ticket: read, type a draft with a customer's details in it, search.
    const page = await context.newPage();
    await page.goto(`${demo}/agent/tickets/1001`);
    await sidebar(page).locator('[data-testid="mood"]').waitFor();
    const editor = page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]:visible');
    await editor.click();
    await page.keyboard.type('Dana Whitfield, order 4417: please calm down.');
    await sidebar(page).locator('[data-testid="lint-issue"]').first().waitFor();
    await sidebar(page).locator('[data-testid="search"]').fill('refund');
    // …then the bank is checked again while the ticket is open (a 304 this time: the server sees the ETag).
    await options.getByTestId('team-bank-check').click();
    await expect.poll(() => options.getByTestId('team-bank-status').innerText()).toMatch(/unchanged since the last copy/);
    await page.waitForTimeout(1_000);

    const fromExtension = seen.filter((s) => s.from !== 'page' && !NOT_NETWORK.test(s.url));
    console.log(`[privacy] with a team bank: ${fromExtension.length} requests from the extension: ${fromExtension.map((s) => `${s.from} ${s.method} ${s.url}`).join(', ')}`);
    expect(fromExtension.length).toBeGreaterThanOrEqual(2);
    expect(fromExtension.map((s) => [s.from, s.method, s.url, s.body])).toEqual(fromExtension.map(() => ['service-worker', 'GET', bankUrl, null]));
    // Nothing else left the page either: requests to other hosts or made by scripts would be the extension.
    expect(seen.filter((s) => s.from === 'page' && !NOT_NETWORK.test(s.url) && new URL(s.url).origin !== new URL(demo).origin)).toEqual([]);

    const ticketWords = ['Whitfield', '4417', 'calm down', 'Dana'];
    const browserHeaders = await Promise.all(fromExtension.map((s) => s.headers));
    const serverLog = ((await (await fetch(`${demo}/__test/team-bank-log`)).json()) as { method: string; url: string; headers: Record<string, string>; bodyLength: number }[]).slice(serverLogBefore);
    expect(serverLog.length).toBe(fromExtension.length);
    for (const request of serverLog) {
      expect([request.method, request.url, request.bodyLength]).toEqual(['GET', '/team-bank.json', 0]);
      expect(Object.keys(request.headers)).not.toContain('cookie');
      expect(Object.keys(request.headers)).not.toContain('referer');
    }
    expect(serverLog.at(-1)!.headers['if-none-match']).toMatch(/^"[0-9a-f]{16}"$/);
    const everything = JSON.stringify([browserHeaders, serverLog]);
    expect(ticketWords.filter((word) => everything.includes(word))).toEqual([]);
  });
});
