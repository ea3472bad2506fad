import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { ckeditorText, countOf, launchForTests, plainSuggestion, reloadExtension, sidebar } from './browser';
import type { ZendeskDemoApi } from './fixtures';

// Issue 9: an agent keeps one helpdesk tab open all day. Three hundred ticket switches must leave one sidebar
// and no growing pile of listeners, DOM nodes or heap; and when the extension is reloaded (an update), the
// open tab must never end up with two sidebars, and after a page reload the sidebar must work again.

const TICKETS = ['1001', '1002', '1003'] as const;
/**
 * The first sample is taken after 51 switches, not 50: the sidebar's own listeners and nodes depend on how many
 * suggestions and chips the visible ticket has, so both samples must show the same ticket (#1001: 51 and 300
 * are both multiples of 3).
 */
const WARM_UP = 51;
const TOTAL = 300;
/** Listeners measured equal so far; a few either way is tolerated (work a pending task holds), one per switch is not. */
const LISTENER_SLACK = 3;
const HEAP_GROWTH_LIMIT = 5 * 1024 * 1024;
/** DOM nodes after GC, same ticket shown: the most this lets through is one node leaked every five switches. */
const NODE_SLACK = 50;

const report = (line: string) => console.log(`[long-session] ${line}`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/**
 * Switches ticket `count` times in the page, cycling 1001 → 1002 → 1003 from where it is, and after each switch
 * waits until the sidebar shows the new ticket with suggestions. Returns the number of sidebars seen at each
 * step (min and max) and the time taken.
 */
function switchTickets(page: Page, count: number) {
  return page.evaluate(
    async ({ count, tickets }) => {
      const { demo } = window as unknown as { demo: ZendeskDemoApi };
      const sidebars = () => document.querySelectorAll('composure-sidebar').length;
      const showing = (id: string) => {
        const root = document.querySelector('composure-sidebar')?.shadowRoot;
        return (
          !!root &&
          (root.querySelector('[data-testid="status"]')?.textContent ?? '').includes(`#${id}`) &&
          root.querySelector('.suggestions [data-testid="suggestion"]') !== null
        );
      };
      const waitFor = (id: string) =>
        new Promise<void>((resolve, reject) => {
          if (showing(id)) return resolve();
          const root = document.querySelector('composure-sidebar')!.shadowRoot!;
          const observer = new MutationObserver(() => {
            if (!showing(id)) return;
            observer.disconnect();
            clearTimeout(timeout);
            resolve();
          });
          const timeout = setTimeout(() => {
            observer.disconnect();
            reject(new Error(`the sidebar did not show ticket #${id} within 5 s`));
          }, 5000);
          observer.observe(root, { childList: true, subtree: true, characterData: true });
        });
      let min = Infinity;
      let max = 0;
      const start = performance.now();
      for (let i = 0; i < count; i++) {
        const next = tickets[(tickets.indexOf(demo.currentTicketId()) + 1) % tickets.length]!;
        demo.switchTicket(next);
        await waitFor(next);
        min = Math.min(min, sidebars());
        max = Math.max(max, sidebars());
      }
      return { min, max, ms: performance.now() - start };
    },
    { count, tickets: [...TICKETS] as string[] },
  );
}

interface Sample {
  /** Listeners on document and window, "type (capture) [world]": the page's and the content script's. */
  documentListeners: string[];
  windowListeners: string[];
  /** Live MutationObserver / ResizeObserver / IntersectionObserver objects, per world, e.g. "MutationObserver [extension]: 2". */
  observers: Record<string, number>;
  jsEventListeners: number;
  nodes: number;
  documents: number;
  heapUsed: number;
  runtimeHeapUsed: number;
}

/**
 * The page's JavaScript worlds by execution context id: the main world, and the content script's isolated
 * world (DevTools lists a listener only when asked from the world that added it).
 */
async function worlds(cdp: CDPSession): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { isDefault?: boolean; type?: string } | undefined;
    if (aux?.isDefault) found.set('page', context.id);
    else if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) found.set('extension', context.id);
  });
  await cdp.send('Runtime.enable'); // reports the contexts that already exist
  if (!found.has('page') || !found.has('extension')) throw new Error(`expected the page's and the content script's worlds, found ${[...found.keys()].join(', ')}`);
  return found;
}

/** Listeners, counters and heap after garbage collection. */
async function sample(cdp: CDPSession, contexts: Map<string, number>): Promise<Sample> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const listenersOf = async (expression: string) => {
    const all: string[] = [];
    for (const [world, contextId] of contexts) {
      const { result } = await cdp.send('Runtime.evaluate', { expression, contextId });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
      await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
      all.push(...listeners.map((l) => `${l.type}${l.useCapture ? ' (capture)' : ''} [${world}]`));
    }
    return all.sort();
  };
  // Live objects whose prototype is each observer class's, found on the heap (Runtime.queryObjects).
  const observers: Record<string, number> = {};
  for (const [world, contextId] of contexts) {
    for (const kind of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver']) {
      const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: `${kind}.prototype`, contextId });
      const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId! });
      const { result: length } = await cdp.send('Runtime.callFunctionOn', {
        objectId: objects.objectId!,
        functionDeclaration: 'function () { return this.length; }',
        returnByValue: true,
      });
      observers[`${kind} [${world}]`] = length.value as number;
      await cdp.send('Runtime.releaseObject', { objectId: objects.objectId! });
      await cdp.send('Runtime.releaseObject', { objectId: prototype.objectId! });
    }
  }
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const heap = await cdp.send('Runtime.getHeapUsage');
  return {
    observers,
    documentListeners: await listenersOf('document'),
    windowListeners: await listenersOf('window'),
    jsEventListeners: metric('JSEventListeners'),
    nodes: metric('Nodes'),
    documents: metric('Documents'),
    heapUsed: metric('JSHeapUsedSize'),
    runtimeHeapUsed: heap.usedSize,
  };
}

function describeSample(label: string, s: Sample): string {
  return (
    `${label}: listeners on document ${s.documentListeners.length}, on window ${s.windowListeners.length}, ` +
    `observers ${Object.entries(s.observers).filter(([, n]) => n > 0).map(([kind, n]) => `${kind} ${n}`).join(', ')}, ` +
    `JSEventListeners ${s.jsEventListeners}, Nodes ${s.nodes}, Documents ${s.documents}, ` +
    `JSHeapUsedSize ${mb(s.heapUsed)}, Runtime.getHeapUsage used ${mb(s.runtimeHeapUsed)}`
  );
}

/** What is in `after` and not in `before`, counting repeats: the listeners that were added. */
function added(before: string[], after: string[]): string[] {
  const left = [...before];
  return after.filter((item) => {
    const at = left.indexOf(item);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

/** The chrome://extensions page's private API: only its developer-mode switch is used. */
describe('a long session on one helpdesk tab (issue 9)', () => {
  let context: BrowserContext;
  const demo = inject('demoUrl');

  launchForTests((launched) => (context = launched));

  async function openZendesk(): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${demo}/agent/tickets/1001`);
    await page.waitForFunction(() => document.documentElement.dataset.demoReady === 'true');
    await sidebar(page).locator('.suggestions [data-testid="suggestion"]').first().waitFor();
    return page;
  }

  it(`${TOTAL} ticket switches leave one sidebar and no growing listeners, nodes or heap`, async () => {
    const page = await openZendesk();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const contexts = await worlds(cdp);
    const start = await sample(cdp, contexts);
    report(describeSample('after opening the ticket', start));
    const extensionOnly = (listeners: string[]) => listeners.filter((l) => l.endsWith('[extension]')).join(', ') || 'none';
    report(`the content script's listeners on document: ${extensionOnly(start.documentListeners)}; on window: ${extensionOnly(start.windowListeners)}`);

    const warm = await switchTickets(page, WARM_UP);
    const atWarm = await sample(cdp, contexts);
    report(describeSample(`after ${WARM_UP} switches`, atWarm));

    const rest = await switchTickets(page, TOTAL - WARM_UP);
    const atEnd = await sample(cdp, contexts);
    report(describeSample(`after ${TOTAL} switches`, atEnd));
    report(
      `${TOTAL} switches took ${((warm.ms + rest.ms) / 1000).toFixed(1)} s in the page ` +
        `(${((warm.ms + rest.ms) / TOTAL).toFixed(0)} ms each: the sidebar re-reads the page at most 4 times a second)`,
    );

    const documentAdded = added(atWarm.documentListeners, atEnd.documentListeners);
    const windowAdded = added(atWarm.windowListeners, atEnd.windowListeners);
    const heapGrowth = atEnd.heapUsed - atWarm.heapUsed;
    report(
      `${WARM_UP} -> ${TOTAL} switches: listeners on document ${atEnd.documentListeners.length - atWarm.documentListeners.length} ` +
        `(added: ${documentAdded.join(', ') || 'none'}), on window ${atEnd.windowListeners.length - atWarm.windowListeners.length} ` +
        `(added: ${windowAdded.join(', ') || 'none'}), JSEventListeners ${atEnd.jsEventListeners - atWarm.jsEventListeners}, ` +
        `Nodes ${atEnd.nodes - atWarm.nodes}, Documents ${atEnd.documents - atWarm.documents}, heap ${mb(heapGrowth)} (limit ${mb(HEAP_GROWTH_LIMIT)})`,
    );

    expect({ min: Math.min(warm.min, rest.min), max: Math.max(warm.max, rest.max) }).toEqual({ min: 1, max: 1 });
    expect(await page.locator('composure-sidebar').count()).toBe(1);
    expect(atEnd.documentListeners.length - atWarm.documentListeners.length).toBeLessThanOrEqual(LISTENER_SLACK);
    expect(atEnd.windowListeners.length - atWarm.windowListeners.length).toBeLessThanOrEqual(LISTENER_SLACK);
    expect(atEnd.jsEventListeners - atWarm.jsEventListeners).toBeLessThanOrEqual(LISTENER_SLACK);
    expect(atEnd.observers).toEqual(atWarm.observers);
    expect(Math.abs(atEnd.nodes - atWarm.nodes)).toBeLessThanOrEqual(NODE_SLACK);
    expect(atEnd.documents).toBe(atWarm.documents);
    expect(heapGrowth).toBeLessThan(HEAP_GROWTH_LIMIT);
    await cdp.detach();
    await page.close();
  }, 180_000);

  it('survives the extension being reloaded: never two sidebars, and one working sidebar after a page reload', async () => {
    // Counted in the page from the first script on every load, so a second sidebar, however brief, is seen.
    await context.addInitScript(() => {
      const w = window as unknown as { maxSidebars: number };
      w.maxSidebars = 0;
      new MutationObserver(() => {
        w.maxSidebars = Math.max(w.maxSidebars, document.querySelectorAll('composure-sidebar').length);
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await openZendesk();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));

    await reloadExtension(context);
    report('extension reloaded: a new service worker started');

    // The open tab: Chrome does not inject the new content script into it, and the old one lost its extension.
    // What the agent does there meanwhile: switch ticket, then click a suggestion.
    await page.waitForTimeout(1500);
    await page.evaluate(() => (window as unknown as { demo: ZendeskDemoApi }).demo.switchTicket('1002'));
    await page.waitForTimeout(1000);
    const orphan = await page.evaluate(() => ({
      sidebars: document.querySelectorAll('composure-sidebar').length,
      max: (window as unknown as { maxSidebars: number }).maxSidebars,
      margin: getComputedStyle(document.documentElement).marginRight,
      status: document.querySelector('composure-sidebar')?.shadowRoot?.querySelector('[data-testid="status"]')?.textContent ?? null,
    }));
    expect(orphan.max).toBeLessThanOrEqual(1);
    if (orphan.sidebars === 0) {
      // Shut down: the room it kept beside the helpdesk is given back too.
      expect(orphan.margin).toBe('0px');
      report(`extension reloaded, tab not reloaded: the old sidebar shut down (0 sidebars, page margin ${orphan.margin})`);
    } else {
      // Still there: then it must still do its job, once.
      expect(orphan.status).toContain('#1002');
      await page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]:visible').click();
      const { button, text } = await plainSuggestion(page);
      await button.click();
      await expect.poll(() => sidebar(page).locator('[data-testid="notice"]').innerText()).toBe('Inserted.');
      await page.waitForTimeout(300);
      expect(countOf(await ckeditorText(page), text)).toBe(1);
      report(
        `extension reloaded, tab not reloaded: the old sidebar did NOT shut down; it still follows the page ` +
          `(status ${JSON.stringify(orphan.status)}) and a click still inserts once; page errors: ${errors.length}`,
      );
    }

    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.demoReady === 'true');
    await sidebar(page).locator('.suggestions [data-testid="suggestion"]').first().waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator('composure-sidebar').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { maxSidebars: number }).maxSidebars)).toBe(1);

    const editor = page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]:visible');
    await editor.click();
    await page.keyboard.type('Hello. ');
    const { button, text } = await plainSuggestion(page);
    await button.click();
    await expect.poll(() => sidebar(page).locator('[data-testid="notice"]').innerText()).toBe('Inserted.');
    await page.waitForTimeout(300);
    const model = await ckeditorText(page);
    expect(countOf(model, text)).toBe(1);
    expect(model.startsWith(`Hello. ${text}`)).toBe(true);
    expect(errors).toEqual([]);
    report(`after the page reload: 1 sidebar (never 2), a click inserted "${text.slice(0, 40)}…" once into CKEditor's model; page errors: none`);
    await page.close();
  }, 60_000);
});
