import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchForTests, sidebar } from './browser';
import {
  clearSearch,
  filledValues,
  moodId,
  openDemo,
  searchResult,
  situationIds,
  statusText,
  switchTicket,
  type DemoWindow,
  type FreshdeskDemoApi,
  type PlainDemoApi,
  type ZendeskDemoApi,
} from './fixtures';

// What each adapter reads off the demo helpdesks, checked through what the sidebar shows: the status line
// (helpdesk and ticket id), the mood and situation chips, and the ticket values filled into phrases
// (requester's and agent's first names, ticket id, subject).

let context: BrowserContext;
const demo = inject('demoUrl');

launchForTests((launched) => (context = launched));

/** The ticket values the sidebar fills into phrases that use them. */
async function filledTicketValues(page: Page) {
  const update = await searchResult(page, "here's an update on"); // first name + {{ticket.title}}
  const [requesterFirstName, subject] = await filledValues(update);
  const signOff = await filledValues(await searchResult(page, 'Best regards'));
  const reference = await filledValues(await searchResult(page, 'Your reference is'));
  await clearSearch(page);
  return { requesterFirstName, subject, agentFirstName: signOff[0], ticketId: reference[0] };
}

const suggestionIds = (page: Page) =>
  sidebar(page)
    .locator('.suggestions [data-testid="suggestion"]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-phrase-id')).join(' '));

/**
 * Adds a customer message in the page and measures, in the page's own clock, how long until the sidebar shows
 * the situation it calls for: mutation → adapter read → engine → render, including the page watcher's wait.
 */
async function msUntilSituation(page: Page, ticketId: string, text: string, situation: string): Promise<number> {
  return page.evaluate(
    ({ ticketId, text, situation }) =>
      new Promise<number>((resolve, reject) => {
        const root = document.querySelector('composure-sidebar')!.shadowRoot!;
        const shown = () => root.querySelector(`[data-testid="situation"][data-situation="${situation}"]`) !== null;
        if (shown()) return reject(new Error(`${situation} was already shown`));
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
        (window as unknown as DemoWindow<ZendeskDemoApi | FreshdeskDemoApi>).demo.addCustomerMessage(ticketId, text);
      }),
    { ticketId, text, situation },
  );
}

const CANCEL = 'Honestly, please just cancel my subscription and close my account.';

describe('Zendesk Agent Workspace', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openDemo(context, `${demo}/agent/tickets/1001`);
  });
  afterAll(() => page?.close());

  it('reads the visible ticket: id, mood, situation, requester and agent names, subject', async () => {
    await expect.poll(() => statusText(page)).toBe('Zendesk · #1001');
    expect(['frustrated', 'angry']).toContain(await moodId(page));
    expect(await situationIds(page)).toContain('delivery');
    expect(await filledTicketValues(page)).toEqual({
      requesterFirstName: 'Dana',
      subject: 'Where is my order?? ORDER #4417 still not delivered',
      agentFirstName: 'Sam',
      ticketId: '1001',
    });
  });

  it('follows a switch to another ticket tab (no reload), with one sidebar', async () => {
    await switchTicket(page, '1002');
    await expect.poll(() => statusText(page)).toBe('Zendesk · #1002');
    await expect.poll(() => situationIds(page)).toContain('billing');
    const values = await filledTicketValues(page);
    expect(values).toMatchObject({ requesterFirstName: 'Marcus', subject: 'Charged twice for my annual plan', ticketId: '1002' });
    expect(await page.locator('composure-sidebar').count()).toBe(1);
  });

  it('updates the suggestions when a new customer message arrives', async () => {
    await switchTicket(page, '1003');
    await expect.poll(() => statusText(page)).toBe('Zendesk · #1003');
    const before = await suggestionIds(page);
    expect(await situationIds(page)).not.toContain('cancellation');
    await msUntilSituation(page, '1003', CANCEL, 'cancellation');
    await expect.poll(() => suggestionIds(page)).not.toBe(before);
  });

  it('reports how long a 200-message thread takes to reach the sidebar', async () => {
    await switchTicket(page, '1002');
    await expect.poll(() => statusText(page)).toBe('Zendesk · #1002');
    await page.waitForTimeout(500);
    const short = await msUntilSituation(page, '1002', CANCEL, 'cancellation');
    await switchTicket(page, '1001');
    await expect.poll(() => statusText(page)).toBe('Zendesk · #1001');
    const count = await page.locator('[data-ticket-id="1001"] article[data-test-id="omni-log-comment-item"]').count();
    await page.evaluate((n) => {
      const api = (window as unknown as DemoWindow<ZendeskDemoApi | FreshdeskDemoApi>).demo;
      for (let i = 0; i < n; i++) api.addCustomerMessage('1001', `Message ${i}: still no parcel, the tracking page has not moved.`);
    }, 199 - count);
    await page.waitForTimeout(1000); // let the page watcher's reads of those messages pass
    const long = await msUntilSituation(page, '1001', CANCEL, 'cancellation');
    expect(await page.locator('[data-ticket-id="1001"] article[data-test-id="omni-log-comment-item"]').count()).toBe(200);
    // The controller publishes its latest ticket read as a User Timing measure; the page's timeline shows it.
    const read = await page.evaluate(() => performance.getEntriesByName('composure:read-ticket').at(-1)?.duration);
    expect(read).toBeGreaterThan(0);
    console.log(`[adapters.e2e] Zendesk: reading a 200-message ticket (adapter snapshot): ${read!.toFixed(2)} ms`);
    console.log(
      `[adapters.e2e] Zendesk: new customer message → sidebar updated: ${long.toFixed(1)} ms with 200 messages` +
        ` (${short.toFixed(1)} ms with the demo's short thread of ticket #1002)`,
    );
  });

  it('says so when Zendesk’s markup is not recognised, and keeps suggesting from the generic reading', async () => {
    // A customer writes again, then Zendesk ships new markup: every hook the adapter knows is renamed.
    await page.evaluate(() => {
      const api = (window as unknown as DemoWindow<ZendeskDemoApi>).demo;
      api.addCustomerMessage('1001', 'I want a refund today, this is the third time I am asking.');
      for (const el of document.querySelectorAll('[data-test-id]')) {
        el.setAttribute('data-renamed-id', el.getAttribute('data-test-id')!);
        el.removeAttribute('data-test-id');
      }
      document.body.append(document.createElement('div')); // the page changes again: the sidebar re-reads it
    });
    const notice = sidebar(page).locator('[data-testid="fallback-notice"]');
    await expect.poll(() => notice.innerText()).toContain('does not recognise this Zendesk page’s layout');
    await expect.poll(() => situationIds(page)).toContain('refund');
    expect(await sidebar(page).locator('[data-testid="suggestion"]').count()).toBeGreaterThan(0);
  });
});

describe('Freshdesk (Mint UI)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openDemo(context, `${demo}/a/tickets/2001`);
  });
  afterAll(() => page?.close());

  it('reads the visible ticket: id, mood, situation, names, subject without its edit button', async () => {
    await expect.poll(() => statusText(page)).toBe('Freshdesk · #2001');
    expect(['frustrated', 'angry']).toContain(await moodId(page));
    expect(await situationIds(page)).toEqual(expect.arrayContaining(['faulty', 'refund']));
    expect(await filledTicketValues(page)).toEqual({
      requesterFirstName: 'Priya',
      subject: 'Blender arrived broken AGAIN',
      agentFirstName: 'Riley',
      ticketId: '2001',
    });
  });

  it('follows a switch to another ticket (no reload), with one sidebar', async () => {
    await switchTicket(page, '2002');
    await expect.poll(() => statusText(page)).toBe('Freshdesk · #2002');
    await expect.poll(() => situationIds(page)).toContain('cancellation');
    expect(await filledTicketValues(page)).toMatchObject({ requesterFirstName: 'Tom', subject: 'Cancel my subscription', ticketId: '2002' });
    expect(await page.locator('composure-sidebar').count()).toBe(1);
  });

  it('updates the suggestions when a new customer message arrives', async () => {
    const before = await suggestionIds(page);
    await msUntilSituation(page, '2002', 'Also, the parcel with my last order never arrived.', 'delivery');
    await expect.poll(() => suggestionIds(page)).not.toBe(before);
  });
});

describe('any other page (generic adapter)', () => {
  const pages: [path: string, situation: string][] = [
    ['/plain', 'refund'],
    ['/strict', 'refund'],
    ['/prosemirror', 'delivery'],
    ['/quill', 'technical'],
  ];
  for (const [path, situation] of pages) {
    it(`${path}: reads the customer message before the reply box`, async () => {
      const page = await openDemo(context, `${demo}${path}`);
      await expect.poll(() => statusText(page)).toBe('This page');
      await expect.poll(() => situationIds(page)).toContain(situation);
      expect(await moodId(page)).not.toBe('calm');
      if (path === '/strict') {
        const violations = await page.evaluate(() => (window as unknown as DemoWindow<PlainDemoApi>).demo.cspViolations());
        expect(violations).toEqual([]);
      }
      await page.close();
    });
  }
});
