import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { launchForTests, sidebar } from './browser';
import type { ZendeskDemoApi } from './fixtures';
import { CHROMIUM } from './paths';

// Issue 8, measured in the browser: how long the agent waits for suggestions after switching ticket or after a
// customer reply arrives, and whether typing in the reply box (draft check on) ever blocks the page for more
// than 50 ms. Figures are REPORTED, one line each, with the issue's bar beside them; what is asserted is only
// that the thing measured happened (suggestions rendered, chips changed, the draft check flagged lines).
// Timing is taken in the page (performance.now()), so Playwright's round trips are not in the figures.

const TICKETS = ['1001', '1002', '1003'] as const;
const SWITCHES = 30;
/** The sidebar re-reads the page at most 4 times a second: waiting past that window measures a switch from idle. */
const IDLE_MS = 400;
const TICKET_BAR_MS = 100;

/** Two customer replies about different things, added in turn: the latest one leads, so the chips change each time. */
const CUSTOMER_REPLIES = [
  'I have just checked my bank statement and you charged me twice for the same order. I want the duplicate payment refunded.',
  'The parcel still has not arrived. Tracking has not moved for a week and the delivery date has passed.',
];
const MESSAGES = 12;

/** Over 500 characters an agent might type, lines to avoid included, in four paragraphs. */
const DRAFT = [
  'Hi Dana, thanks for writing back so quickly. I can see the order and the tracking history on my side.',
  'Please calm down, I am doing what I can. As I already said, the courier handles the last mile, and that is not my job to chase every day.',
  'I have asked the warehouse to check the parcel today and I will email you tomorrow morning with what they find, whatever the answer is.',
  'If it turns out to be lost, we will send a replacement by express at no cost to you. Thank you for your patience while we sort this out.',
].join('\n');

const round = (ms: number) => Math.round(ms * 10) / 10;
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const report = (line: string) => console.log(`[perf] ${line}`);

interface Timing {
  /** Until the sidebar's DOM shows the new state (MutationObserver on its shadow root). */
  dom: number;
  /** Until the frame after that (requestAnimationFrame, then a task): roughly when the agent sees it. */
  frame: number;
}

/** What happens in the page, and what the sidebar must show once it has caught up. */
type Change =
  | { kind: 'switch'; ticket: string }
  | { kind: 'reply'; ticket: string; text: string; chipsBefore: string[] };

/**
 * Makes the change in the page and times, from just after it returns, until the sidebar's shadow root shows
 * it: for a switch, the status names the new ticket and suggestions are listed (both come from one render);
 * for a reply, the situation chips differ from before.
 */
function timeInPage(page: Page, change: Change): Promise<Timing> {
  return page.evaluate(
    (change) =>
      new Promise<Timing>((resolve, reject) => {
        const root = document.querySelector('composure-sidebar')?.shadowRoot;
        if (!root) return reject(new Error('no composure-sidebar shadow root'));
        const chips = () => [...root.querySelectorAll('[data-testid="situation"]')].map((c) => c.getAttribute('data-situation')).join(',');
        const shows =
          change.kind === 'switch'
            ? () =>
                (root.querySelector('[data-testid="status"]')?.textContent ?? '').includes(`#${change.ticket}`) &&
                root.querySelector('.suggestions [data-testid="suggestion"]') !== null
            : () => chips() !== change.chipsBefore.join(',');
        let start = 0;
        const timeout = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`the sidebar did not show ${JSON.stringify(change)} within 5 s`));
        }, 5000);
        const observer = new MutationObserver(() => {
          if (!shows()) return;
          const dom = performance.now() - start;
          observer.disconnect();
          clearTimeout(timeout);
          requestAnimationFrame(() => setTimeout(() => resolve({ dom, frame: performance.now() - start })));
        });
        observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
        const { demo } = window as unknown as { demo: ZendeskDemoApi };
        if (change.kind === 'switch') demo.switchTicket(change.ticket);
        else demo.addCustomerMessage(change.ticket, change.text);
        start = performance.now();
      }),
    change,
  );
}

const situationIds = (page: Page) =>
  sidebar(page)
    .locator('[data-testid="situation"]')
    .evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-situation') ?? ''));

function reportTimings(what: string, timings: Timing[], bar?: number) {
  for (const key of ['dom', 'frame'] as const) {
    const values = timings.map((t) => t[key]);
    const p95 = percentile(values, 95);
    const barText = bar !== undefined && key === 'dom' ? `  bar p95 <= ${bar} ms: ${verdict(p95 <= bar)}` : '';
    report(
      `${what} (${key === 'dom' ? 'DOM updated' : 'next frame'}, n=${values.length}): p50 ${round(percentile(values, 50))} ms, p95 ${round(p95)} ms, max ${round(Math.max(...values))} ms${barText}`,
    );
  }
}

interface LongTasks {
  count: number;
  longest: number;
  total: number;
  /** Long animation frames (> 50 ms from input to paint), which also name the scripts that ran in them. */
  frames: number;
  longestFrame: number;
  /** The most a long frame blocked input (its long tasks' time past 50 ms, plus rendering). */
  blocking: number;
  /** Script time inside those frames from the extension's own files (chrome-extension:// sources). */
  extensionScriptMs: number;
  typingMs: number;
}

interface Collected {
  tasks: PerformanceEntry[];
  frames: { startTime: number; duration: number; blocking: number; scripts: { sourceURL: string; duration: number }[] }[];
  typingStart: number;
}
type CollectingWindow = Window & { collected: Collected };

/**
 * Types DRAFT into the visible CKEditor as an agent would (10 ms between keys, a short pause after each
 * paragraph, which is when the debounced draft check runs) and collects the page's long tasks and long
 * animation frames meanwhile.
 */
async function typeAndCollectLongTasks(page: Page): Promise<LongTasks> {
  await page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]:visible').click();
  await page.evaluate(() => {
    const collected: Collected = { tasks: [], frames: [], typingStart: performance.now() };
    (window as unknown as CollectingWindow).collected = collected;
    new PerformanceObserver((list) => collected.tasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      type Frame = PerformanceEntry & { blockingDuration: number; scripts: { sourceURL: string; duration: number }[] };
      for (const entry of list.getEntries() as Frame[]) {
        collected.frames.push({
          startTime: entry.startTime,
          duration: entry.duration,
          blocking: entry.blockingDuration,
          scripts: entry.scripts.map((script) => ({ sourceURL: script.sourceURL, duration: script.duration })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
  const lines = DRAFT.split('\n');
  for (const [i, line] of lines.entries()) {
    await page.keyboard.type(line, { delay: 10 });
    if (i < lines.length - 1) await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
  }
  const figures = await page.evaluate(() => {
    const { tasks, frames, typingStart } = (window as unknown as CollectingWindow).collected;
    // Buffered entries from page load (CKEditor starting) are not typing.
    const during = tasks.filter((t) => t.startTime >= typingStart).map((t) => t.duration);
    const longFrames = frames.filter((f) => f.startTime >= typingStart && f.duration > 50);
    return {
      count: during.length,
      longest: Math.max(0, ...during),
      total: during.reduce((a, b) => a + b, 0),
      frames: longFrames.length,
      longestFrame: Math.max(0, ...longFrames.map((f) => f.duration)),
      blocking: Math.max(0, ...longFrames.map((f) => f.blocking)),
      extensionScriptMs: longFrames
        .flatMap((f) => f.scripts)
        .filter((script) => script.sourceURL.startsWith('chrome-extension://'))
        .reduce((sum, script) => sum + script.duration, 0),
      typingMs: performance.now() - typingStart,
    };
  });
  // A zero means something only if a key press that blocks the page is reported here: after the count was
  // taken, one key (F9, which types nothing) blocks for 120 ms on purpose, and the observer must see it.
  const seen = await page.evaluate(() => {
    const { tasks } = (window as unknown as CollectingWindow).collected;
    const block = (event: KeyboardEvent) => {
      if (event.key !== 'F9') return;
      window.removeEventListener('keydown', block, true);
      const end = performance.now() + 120;
      while (performance.now() < end);
    };
    window.addEventListener('keydown', block, true);
    return tasks.length;
  });
  await page.keyboard.press('F9');
  await page.waitForTimeout(200);
  const probe = await page.evaluate((from) => (window as unknown as CollectingWindow).collected.tasks.slice(from).map((t) => t.duration), seen);
  expect(Math.max(0, ...probe)).toBeGreaterThanOrEqual(100);
  return figures;
}

async function openTicket(context: BrowserContext, url: string, withSidebar: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.demoReady === 'true');
  if (withSidebar) await sidebar(page).locator('.suggestions [data-testid="suggestion"]').first().waitFor();
  return page;
}

describe('performance in the browser (issue 8): reported, not asserted', () => {
  let context: BrowserContext;
  const demo = inject('demoUrl');

  launchForTests((launched) => (context = launched));

  it(`suggestions after ${SWITCHES} ticket switches and situation chips after ${MESSAGES} customer replies`, async () => {
    const page = await openTicket(context, `${demo}/agent/tickets/1001`, true);
    const switches: Timing[] = [];
    for (let i = 1; i <= SWITCHES; i++) {
      await page.waitForTimeout(IDLE_MS);
      const next = TICKETS[i % TICKETS.length];
      switches.push(await timeInPage(page, { kind: 'switch', ticket: next }));
    }
    expect(switches).toHaveLength(SWITCHES);
    reportTimings('ticket switch -> suggestions', switches, TICKET_BAR_MS);

    // Customer replies land on #1003 (a promo code), whose subject pulls towards neither reply: the latest
    // message leads the chips, so each reply reorders them.
    const ticket = '1003';
    await page.waitForTimeout(IDLE_MS);
    await timeInPage(page, { kind: 'switch', ticket });
    const replies: Timing[] = [];
    const chipSets = new Set<string>();
    for (let i = 0; i < MESSAGES; i++) {
      await page.waitForTimeout(IDLE_MS);
      const chipsBefore = await situationIds(page);
      const text = CUSTOMER_REPLIES[i % CUSTOMER_REPLIES.length];
      replies.push(await timeInPage(page, { kind: 'reply', ticket, text, chipsBefore }));
      chipSets.add((await situationIds(page)).join(','));
    }
    expect(chipSets.size).toBeGreaterThanOrEqual(2);
    report(`customer replies on #${ticket} gave situation chips: ${[...chipSets].map((s) => `[${s}]`).join(' / ')}`);
    reportTimings('customer reply -> situation chips', replies);
    await page.close();
  }, 90_000);

  it('long tasks while typing 500 characters into CKEditor, with the extension and without it', async () => {
    const page = await openTicket(context, `${demo}/agent/tickets/1001`, true);
    const withExtension = await typeAndCollectLongTasks(page);
    // The draft check was on and saw the lines to avoid.
    const rules = await sidebar(page)
      .locator('[data-testid="lint-issue"]')
      .evaluateAll((issues) => issues.map((issue) => issue.getAttribute('data-rule-id') ?? ''));
    expect(rules.length).toBeGreaterThanOrEqual(2);
    await page.close();

    // The same typing in a browser without the extension: what CKEditor and the page cost on their own.
    const profile = mkdtempSync(join(tmpdir(), 'composure-e2e-bare-'));
    const bare = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1440, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    let without: LongTasks;
    try {
      const barePage = await openTicket(bare, `${demo}/agent/tickets/1001`, false);
      expect(await barePage.locator('composure-sidebar').count()).toBe(0);
      without = await typeAndCollectLongTasks(barePage);
    } finally {
      await bare.close();
      rmSync(profile, { recursive: true, force: true });
    }

    report(`typing ${DRAFT.length} characters (${round(withExtension.typingMs / 1000)} s), draft check flagged: ${rules.join(', ')}`);
    const line = (label: string, t: LongTasks) =>
      `long tasks while typing, ${label}: ${t.count} (longest ${round(t.longest)} ms, total ${round(t.total)} ms)`;
    const frames = (label: string, t: LongTasks) =>
      `long animation frames (> 50 ms) while typing, ${label}: ${t.frames} (longest ${round(t.longestFrame)} ms, most blocking ${round(t.blocking)} ms; extension script time in them ${round(t.extensionScriptMs)} ms)`;
    report(`${line('with the extension', withExtension)}  bar 0 long tasks: ${verdict(withExtension.count === 0)}`);
    report(line('without the extension (same page, same typing)', without));
    report(frames('with the extension', withExtension));
    report(frames('without the extension', without));
  }, 90_000);
});
