import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { countOf, extensionWorker, launchWithExtension, sidebar } from './browser';
import { EDITORS, openDemo } from './fixtures';
import { ARTIFACTS } from './paths';
import type { browser as ExtensionApi } from 'wxt/browser';

/** The extension API inside the service worker, where these `evaluate` callbacks run. */
declare const chrome: typeof ExtensionApi;

// The sidebar issue, point by point, on the Zendesk and Freshdesk demos: docking, collapse and resize remembered
// per site, chips that explain themselves, pins, "not helpful", search filters, keyboard commands (relayed by
// the background), the popup's on/off switch, axe in light and dark, screenshots and the page's layout shift.

/** axe-core's source, evaluated in the page (not a script tag: the popup's CSP allows no inline script). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const HELPDESKS = [
  { name: 'zendesk', ticket: '1001', rightPanel: '.context-panel', editor: EDITORS.find((e) => e.name.includes('Zendesk'))! },
  { name: 'freshdesk', ticket: '2001', rightPanel: '.ticket-sidebar', editor: EDITORS.find((e) => e.name.includes('Freshdesk'))! },
] as const;

const host = (page: Page) => page.locator('composure-sidebar');
const panel = (page: Page) => sidebar(page).locator('aside.panel');
const suggestionButtons = (page: Page) => sidebar(page).locator('.suggestions [data-testid="suggestion"]');
const suggestionIds = (page: Page) =>
  suggestionButtons(page).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-phrase-id') ?? ''));
const dockMargin = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).marginRight);
const hostWidth = (page: Page) => host(page).evaluate((el) => Math.round(el.getBoundingClientRect().width));
/** The data-testid of what has focus inside the sidebar, or null when focus is outside it. */
const focusedInSidebar = (page: Page) =>
  host(page).evaluate((el) => {
    const active = el.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return active ? (active.dataset.testid ?? active.tagName.toLowerCase()) : null;
  });

/** Everything in the extension's storage (settings from sync over the rest from local), read from the service worker. */
async function stored(context: BrowserContext): Promise<Record<string, unknown>> {
  return (await extensionWorker(context)).evaluate(async () => ({ ...(await chrome.storage.local.get(null)), ...(await chrome.storage.sync.get(null)) }));
}

/** The keys of the records of one kind (`pin:` → the pinned phrase ids). */
const idsOf = (all: Record<string, unknown>, prefix: string) =>
  Object.keys(all)
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length));

/**
 * The browser tab showing `ticketId`, found by asking each tab's content script for its status (without the
 * "tabs" permission the worker cannot read tab URLs). Tests keep one helpdesk page open at a time.
 */
async function tabIdOf(context: BrowserContext, ticketId: string): Promise<number> {
  const worker = await extensionWorker(context);
  const id = await worker.evaluate(async (wanted) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const status = await chrome.tabs.sendMessage(tab.id, { type: 'composure:status' }).catch(() => null);
      if (status?.ticketId === wanted) return tab.id;
    }
    return -1;
  }, ticketId);
  if (id < 0) throw new Error(`no tab shows ticket ${ticketId}`);
  return id;
}

/**
 * Presses a keyboard command the way the browser would deliver it: through the background's own relay
 * (`relayCommand`, exposed on the worker's global in the e2e build only), which messages the tab's content
 * script. Playwright's key presses reach the page, never the browser's command dispatcher.
 */
async function pressCommand(context: BrowserContext, command: 'toggle-sidebar' | 'focus-search', tabId: number): Promise<void> {
  const worker = await extensionWorker(context);
  const delivered = await worker.evaluate(
    ([name, id]) => (globalThis as unknown as { composureRelayCommand(c: string, t: { id: number }): Promise<boolean> }).composureRelayCommand(name, { id }),
    [command, tabId] as const,
  );
  expect(delivered).toBe(true);
}

/** Index (in DOM order among all phrase buttons) and text of the first suggestion with nothing to fill in. */
async function firstPlainSuggestion(page: Page): Promise<{ index: number; position: number; text: string; id: string }> {
  await suggestionButtons(page).first().waitFor();
  const all = await sidebar(page)
    .locator('[data-testid="suggestion"]')
    .evaluateAll((buttons) =>
      buttons.map((b) => ({
        inList: b.closest('.suggestions') !== null,
        plain: b.querySelector('mark.seg-missing, mark.seg-slot') === null,
        text: (b.querySelector('.phrase-text')?.textContent ?? '').trim(),
        id: b.getAttribute('data-phrase-id') ?? '',
      })),
    );
  let position = 0;
  for (const [index, button] of all.entries()) {
    if (!button.inList) continue;
    position++;
    if (button.plain) return { index, position, text: button.text, id: button.id };
  }
  throw new Error('no suggestion without gaps to fill');
}

/** axe-core's violations in the sidebar (its shadow tree included), or in the whole document when `whole`. */
async function runAxe(page: Page, whole = false): Promise<{ id: string; impact: string | null; help: string; targets: string[] }[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (all) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<any> } }).axe;
    const result = await axe.run(all ? document : { include: [['composure-sidebar']] }, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n: any) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''} ${JSON.stringify(n.any?.[0]?.data ?? '')}`),
    }));
  }, whole);
}
const seriousOrWorse = (violations: Awaited<ReturnType<typeof runAxe>>) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** Switches the colour scheme and waits until the sidebar's colour transitions have finished. */
async function scheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.waitForFunction(() => (document.querySelector('composure-sidebar')?.shadowRoot?.getAnimations().length ?? 0) === 0);
}

const shot = (page: Page, name: string) => page.screenshot({ path: `${ARTIFACTS}/${name}.png` });

describe('the sidebar', () => {
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  let context: BrowserContext;
  const demo = inject('demoUrl');
  const open = (path: string) => openDemo(context, `${demo}${path}`);
  const openTicket = async (helpdesk: (typeof HELPDESKS)[number]) => {
    const page = await open(helpdesk.editor.path);
    await suggestionButtons(page).first().waitFor();
    return page;
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchWithExtension();
    context = browser.context;
  });
  afterAll(() => browser?.close());
  // Each test starts from a clean slate: no width, collapsed state, pins or history left by another.
  beforeEach(async () => {
    await (await extensionWorker(context)).evaluate(() => Promise.all([chrome.storage.local.clear(), chrome.storage.sync.clear()]));
  });

  it('declares the two keyboard commands with defaults that avoid the helpdesks’ and the browser’s keys', async () => {
    const commands = await (await extensionWorker(context)).evaluate(() => chrome.commands.getAll());
    const byName = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
    expect(byName['toggle-sidebar']).toBe('Alt+Shift+K');
    expect(byName['focus-search']).toBe('Alt+Shift+J');
  });

  for (const helpdesk of HELPDESKS) {
    describe(`on the ${helpdesk.name} demo`, () => {
      it('docks beside the page: the reply box and the helpdesk’s right-hand panel stay uncovered', async () => {
        const page = await openTicket(helpdesk);
        const width = await hostWidth(page);
        expect(await dockMargin(page)).toBe(`${width}px`);
        const sidebarLeft = await host(page).evaluate((el) => el.getBoundingClientRect().left);
        const reply = await helpdesk.editor.editable(page).boundingBox();
        expect(reply!.x + reply!.width).toBeLessThanOrEqual(sidebarLeft);
        const panelBox = (await page.locator(`${helpdesk.rightPanel}:visible`).first().boundingBox())!;
        expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(sidebarLeft);
        // Nothing of the helpdesk lies under the sidebar: hit-testing down its width finds only it and <html>.
        const underneath = await page.evaluate((left) => {
          const found = new Set<string>();
          for (let y = 10; y < innerHeight; y += 40) {
            for (const el of document.elementsFromPoint(left + 8, y)) {
              if (el !== document.documentElement && el.tagName !== 'COMPOSURE-SIDEBAR') found.add(el.tagName.toLowerCase() + (el.className ? `.${el.className}` : ''));
            }
          }
          return [...found];
        }, sidebarLeft);
        expect(underneath).toEqual([]);
        await page.close();
      });

      it('collapses to a slim tab (the page keeps only its width) and opens again, remembered for the site', async () => {
        const page = await openTicket(helpdesk);
        await sidebar(page).locator('[data-testid="collapse"]').click();
        await sidebar(page).locator('[data-testid="expand"]').waitFor();
        expect(await hostWidth(page)).toBe(32);
        expect(await dockMargin(page)).toBe('32px');
        await shot(page, `sidebar-${helpdesk.name}-light-collapsed`);
        await scheme(page, 'dark');
        await shot(page, `sidebar-${helpdesk.name}-dark-collapsed`);
        const violations = await runAxe(page);
        expect(seriousOrWorse(violations)).toEqual([]);
        await page.emulateMedia({ colorScheme: 'light' });

        await page.reload();
        await sidebar(page).locator('[data-testid="expand"]').waitFor();
        expect(await dockMargin(page)).toBe('32px');
        await sidebar(page).locator('[data-testid="expand"]').click();
        await suggestionButtons(page).first().waitFor();
        expect(await dockMargin(page)).toBe(`${await hostWidth(page)}px`);
        await page.close();
      });

      it('explains each chip on hover and on keyboard focus with the customer’s own words', async () => {
        const page = await openTicket(helpdesk);
        const latest = await page.evaluate(() => document.body.innerText);
        const chip = sidebar(page).locator('[data-testid="situation"]').first();
        const tipFor = async (target: Locator) => sidebar(page).locator(`#${await target.getAttribute('aria-describedby')}`);
        const tip = await tipFor(chip);
        expect(await tip.getAttribute('role')).toBe('tooltip');
        expect(await tip.isVisible()).toBe(false);
        await chip.hover();
        await expect.poll(() => tip.isVisible()).toBe(true);
        const quoted = await tip.locator('q').allInnerTexts();
        expect(quoted.length).toBeGreaterThan(0);
        for (const words of quoted) expect(latest.toLowerCase()).toContain(words.toLowerCase());
        await page.mouse.move(5, 5);
        await expect.poll(() => tip.isVisible()).toBe(false);

        // Keyboard: from the search box, Shift+Tab walks back over the playbook to the last chip.
        const tabId = await tabIdOf(context, helpdesk.ticket);
        await pressCommand(context, 'focus-search', tabId);
        await page.keyboard.press('Shift+Tab');
        if ((await focusedInSidebar(page)) !== 'situation' && (await focusedInSidebar(page)) !== 'mood') {
          await page.keyboard.press('Shift+Tab'); // past the playbook's summary
        }
        const focusedTip = sidebar(page).locator('[role="tooltip"]:visible');
        await expect.poll(() => focusedTip.count()).toBe(1);
        expect(await focusedTip.innerText()).toMatch(/because the customer wrote|Read from the ticket|upset/);
        await page.close();
      });

      it('inserts with the keyboard alone: focus-search command, arrows, Enter; then a number key; Esc gives the caret back', async () => {
        const page = await openTicket(helpdesk);
        const tabId = await tabIdOf(context, helpdesk.ticket);
        const editor = helpdesk.editor;
        await editor.editable(page).click();
        await page.keyboard.type('Hello there. ');

        await pressCommand(context, 'focus-search', tabId);
        expect(await focusedInSidebar(page)).toBe('search');
        const plain = await firstPlainSuggestion(page);
        for (let i = 0; i <= plain.index; i++) await page.keyboard.press('ArrowDown');
        expect(await focusedInSidebar(page)).toBe('suggestion');
        await page.keyboard.press('Enter');
        await expect.poll(() => sidebar(page).locator('[data-testid="notice"]').innerText()).toBe('Inserted.');
        await page.waitForTimeout(300);
        let model = await editor.modelText(page);
        expect(countOf(model, plain.text)).toBe(1);
        expect(model.startsWith(`Hello there. ${plain.text}`)).toBe(true);
        // The caret is in the editor after the phrase: typing goes on from there.
        await page.keyboard.type(' Next.');
        expect(await editor.modelText(page)).toContain(`${plain.text} Next.`);

        // A number key inserts the nth suggestion (focus anywhere in the sidebar but a text field).
        await pressCommand(context, 'focus-search', tabId);
        await page.keyboard.press('ArrowDown');
        const second = await firstPlainSuggestion(page);
        const before = countOf(await editor.modelText(page), second.text);
        await page.keyboard.press(String(second.position));
        await expect.poll(async () => countOf(await editor.modelText(page), second.text)).toBe(before + 1);

        // Esc: back to the editor with the caret where it was (typing lands there, not at the end).
        await editor.setDraft(page, 'abc def');
        await editor.editable(page).click();
        await page.keyboard.press('End');
        for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
        await pressCommand(context, 'focus-search', tabId);
        await page.keyboard.type('sorry');
        expect(await focusedInSidebar(page)).toBe('search');
        await page.keyboard.press('Escape');
        expect(await focusedInSidebar(page)).toBe(null);
        await page.keyboard.type('ZZ');
        model = await editor.modelText(page);
        expect(model).toContain('abcZZ def');

        // The toggle command: to the slim tab and back.
        await pressCommand(context, 'toggle-sidebar', tabId);
        await sidebar(page).locator('[data-testid="expand"]').waitFor();
        await pressCommand(context, 'toggle-sidebar', tabId);
        await suggestionButtons(page).first().waitFor();
        await page.close();
      });

      it('has no serious or critical axe violations, light and dark, with tooltip, search, filters and a draft finding shown', async () => {
        const page = await openTicket(helpdesk);
        await helpdesk.editor.editable(page).click();
        await page.keyboard.type('Please calm down, that is not my job.');
        await sidebar(page).locator('[data-testid="lint-issue"]').first().waitFor();
        await sidebar(page).locator('[data-testid="search"]').fill('refund');
        await sidebar(page).locator('[data-testid="category-filter"][data-category="apology"]').click();
        await sidebar(page).locator('.search-results [data-testid="pin"]').first().click();
        await sidebar(page).locator('[data-testid="pinned"]').waitFor();
        await sidebar(page).locator('[data-testid="playbook"] summary').click();
        for (const colorScheme of ['light', 'dark'] as const) {
          await scheme(page, colorScheme);
          await sidebar(page).locator('[data-testid="mood"]').focus();
          const violations = await runAxe(page);
          expect(seriousOrWorse(violations)).toEqual([]);
          if (violations.length) console.log(`[axe ${helpdesk.name} ${colorScheme}] minor:`, violations.map((v) => `${v.id} (${v.impact})`).join(', '));
        }
        await sidebar(page).locator('.pinned [data-testid="pin"]').first().click(); // leave no pin behind
        await sidebar(page).locator('[data-testid="pinned"]').waitFor({ state: 'detached' });
        await page.close();
      });

      it('writes light and dark screenshots, and measures the page’s layout shift when a new message re-ranks', async () => {
        const page = await openTicket(helpdesk);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.mouse.move(5, 5);
          await scheme(page, colorScheme);
          await shot(page, `sidebar-${helpdesk.name}-${colorScheme}-open`);
        }
        await page.emulateMedia({ colorScheme: 'light' });

        await page.evaluate(() => {
          const w = window as unknown as { __shifts: { value: number; ours: boolean }[] };
          w.__shifts = [];
          const sidebarHost = document.querySelector('composure-sidebar')!;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as { value: number; sources?: { node?: Node }[] }[]) {
              const ours = (entry.sources ?? []).some(
                (s) => s.node && (s.node === sidebarHost || sidebarHost.contains(s.node) || !!sidebarHost.shadowRoot?.contains(s.node)),
              );
              w.__shifts.push({ value: entry.value, ours });
            }
          }).observe({ type: 'layout-shift' });
        });
        const before = await suggestionIds(page);
        const listBefore = await sidebar(page).locator('.suggestions').evaluate((el) => el.getBoundingClientRect().height);
        await page.evaluate(
          ([ticket]) =>
            (window as unknown as { demo: { addCustomerMessage(id: string, text: string): string } }).demo.addCustomerMessage(
              ticket!,
              'I want to speak to your manager. Cancel the order and refund me, or I will dispute the charge.',
            ),
          [helpdesk.ticket],
        );
        await expect.poll(() => suggestionIds(page), { timeout: 5000 }).not.toEqual(before);
        await page.waitForTimeout(600);
        const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; ours: boolean }[] }).__shifts);
        const listAfter = await sidebar(page).locator('.suggestions').evaluate((el) => el.getBoundingClientRect().height);
        const total = shifts.reduce((sum, s) => sum + s.value, 0);
        const ours = shifts.filter((s) => s.ours).reduce((sum, s) => sum + s.value, 0);
        console.log(
          `[layout shift ${helpdesk.name}] after demo.addCustomerMessage: page total ${total.toFixed(4)} over ${shifts.length} entries, ` +
            `of which attributed to the sidebar ${ours.toFixed(4)}; suggestion list height ${Math.round(listBefore)} → ${Math.round(listAfter)} px`,
        );
        await page.close();
      });
    });
  }

  describe('on the zendesk demo', () => {
    const zendesk = HELPDESKS[0];

    it('resizes by dragging the left edge (280–560 px), re-docks as it goes, and remembers the width', async () => {
      const page = await openTicket(zendesk);
      const handle = sidebar(page).locator('[data-testid="resize"]');
      const start = await hostWidth(page);
      const box = (await handle.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + 300);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 - 100, box.y + 300, { steps: 5 });
      await page.mouse.up();
      expect(await hostWidth(page)).toBe(start + 100);
      expect(await dockMargin(page)).toBe(`${start + 100}px`);
      await expect.poll(async () => (await stored(context))['site:localhost']).toMatchObject({ width: start + 100 });

      await page.reload();
      await suggestionButtons(page).first().waitFor();
      expect(await hostWidth(page)).toBe(start + 100);

      // Bounds, by mouse and by keyboard on the focused handle.
      const again = (await handle.boundingBox())!;
      await page.mouse.move(again.x + 3, again.y + 300);
      await page.mouse.down();
      await page.mouse.move(again.x + 900, again.y + 300, { steps: 4 });
      await page.mouse.up();
      expect(await hostWidth(page)).toBe(280);
      await handle.focus();
      await page.keyboard.press('End');
      expect(await hostWidth(page)).toBe(560);
      // Readable at 320 px: the narrow screenshot for the README check.
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowLeft'); // 280 → 300
      await page.keyboard.press('ArrowLeft'); // → 320
      expect(await hostWidth(page)).toBe(320);
      await handle.blur();
      await page.mouse.move(5, 5);
      await shot(page, 'sidebar-zendesk-light-320');
      await handle.focus();
      await page.keyboard.press('ArrowRight'); // back to 300, then the default
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(await hostWidth(page)).toBe(340);
      await page.close();
    });

    it('groups suggestions in reply order, each with its category and why; the playbook folds', async () => {
      const page = await openTicket(zendesk);
      const stages = await sidebar(page).locator('.suggestions .stage h3').allInnerTexts();
      const order = ['ACKNOWLEDGE', 'OWN IT', 'ADDRESS', 'NEXT STEP', 'CLOSE'];
      const indexes = stages.map((s) => order.indexOf(s.toUpperCase()));
      expect(indexes.every((i) => i >= 0)).toBe(true);
      expect([...indexes].sort((a, b) => a - b)).toEqual(indexes);
      for (const button of await suggestionButtons(page).all()) {
        expect((await button.locator('.category').innerText()).length).toBeGreaterThan(0);
        expect((await button.locator('.why').innerText()).length).toBeGreaterThan(0);
      }
      const playbook = sidebar(page).locator('[data-testid="playbook"]');
      expect(await playbook.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
      await playbook.locator('summary').click();
      expect(await playbook.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
      expect(await playbook.locator('ol li').count()).toBeGreaterThan(1);
      await page.close();
    });

    it('narrows search with category chips', async () => {
      const page = await openTicket(zendesk);
      await sidebar(page).locator('[data-testid="search"]').fill('sorry');
      const results = sidebar(page).locator('.search-results [data-testid="suggestion"]');
      await results.first().waitFor();
      const categories = () => results.evaluateAll((b) => [...new Set(b.map((x) => x.getAttribute('data-category')))]);
      expect((await categories()).length).toBeGreaterThan(1);
      const filter = sidebar(page).locator('[data-testid="category-filter"][data-category="apology"]');
      await filter.click();
      expect(await filter.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(categories).toEqual(['apology']);
      await filter.click();
      await expect.poll(async () => (await categories()).length).toBeGreaterThan(1);
      await page.close();
    });

    it('pins a phrase above the suggestions on every ticket, remembered after a reload', async () => {
      const page = await openTicket(zendesk);
      const second = suggestionButtons(page).nth(1);
      const id = (await second.getAttribute('data-phrase-id'))!;
      await sidebar(page).locator(`.suggestions li[data-phrase-id="${id}"] [data-testid="pin"]`).click();
      const pinned = sidebar(page).locator('[data-testid="pinned"] [data-testid="suggestion"]');
      await expect.poll(() => pinned.evaluateAll((b) => b.map((x) => x.getAttribute('data-phrase-id')))).toEqual([id]);
      expect(await sidebar(page).locator(`.suggestions li[data-phrase-id="${id}"] [data-testid="pin"]`).getAttribute('aria-pressed')).toBe('true');
      // Above the suggestions.
      const pinnedTop = (await sidebar(page).locator('[data-testid="pinned"]').boundingBox())!.y;
      expect(pinnedTop).toBeLessThan((await sidebar(page).locator('.suggestions').boundingBox())!.y);

      await page.reload();
      await pinned.first().waitFor();
      await page.evaluate(() => (window as unknown as { demo: { switchTicket(id: string): void } }).demo.switchTicket('1003'));
      await expect.poll(() => sidebar(page).locator('[data-testid="status"]').innerText()).toContain('1003');
      expect(await pinned.getAttribute('data-phrase-id')).toBe(id);
      await sidebar(page).locator('[data-testid="pinned"] [data-testid="pin"]').click();
      await sidebar(page).locator('[data-testid="pinned"]').waitFor({ state: 'detached' });
      expect(idsOf(await stored(context), 'pin:')).toEqual([]);
      await page.close();
    });

    it('hides a "not helpful" suggestion for this ticket and counts picks and dismissals for the ranking', async () => {
      const page = await openTicket(zendesk);
      const [first] = await suggestionIds(page);
      await sidebar(page).locator(`.suggestions li[data-phrase-id="${first}"] [data-testid="dismiss"]`).click();
      await expect.poll(() => suggestionIds(page)).not.toContain(first);
      expect(await sidebar(page).locator('[data-testid="notice"]').innerText()).toBe('Hidden for this ticket.');
      await expect.poll(async () => ((await stored(context))[`choice:${first}`] as { dismissed?: number })?.dismissed).toBe(1);

      // Another ticket does not hide it; back on this one it stays hidden.
      await page.evaluate(() => (window as unknown as { demo: { switchTicket(id: string): void } }).demo.switchTicket('1002'));
      await expect.poll(() => sidebar(page).locator('[data-testid="status"]').innerText()).toContain('1002');
      await page.evaluate(() => (window as unknown as { demo: { switchTicket(id: string): void } }).demo.switchTicket('1001'));
      await expect.poll(() => sidebar(page).locator('[data-testid="status"]').innerText()).toContain('1001');
      expect(await suggestionIds(page)).not.toContain(first);

      const plain = await firstPlainSuggestion(page);
      await zendesk.editor.editable(page).click();
      await suggestionButtons(page).nth(plain.position - 1).click();
      await expect.poll(async () => ((await stored(context))[`choice:${plain.id}`] as { picked?: number })?.picked).toBe(1);
      await page.close();
    });

    it('asks for a {{fill:…}} value inline and inserts the phrase with it', async () => {
      const page = await openTicket(zendesk);
      await zendesk.editor.editable(page).click();
      await sidebar(page).locator('[data-testid="search"]').fill('update you by');
      const withSlot = sidebar(page).locator('.search-results [data-testid="suggestion"]:has(mark.seg-slot)').first();
      await withSlot.click();
      const input = sidebar(page).locator('[data-testid="slot-input"]').first();
      await input.waitFor();
      expect(await focusedInSidebar(page)).toBe('slot-input');
      await page.keyboard.type('it ships tomorrow');
      await page.keyboard.press('Enter');
      await expect.poll(() => zendesk.editor.modelText(page)).toContain('it ships tomorrow');
      await page.close();
    });

    it('checks the draft as the agent types and fixes a line in one click', async () => {
      const page = await openTicket(zendesk);
      await zendesk.editor.editable(page).click();
      await page.keyboard.type('Please calm down.');
      const issue = sidebar(page).locator('[data-testid="lint-issue"]').first();
      await issue.waitFor();
      const fix = issue.locator('[data-testid="lint-fix"]').first();
      const replacement = (await fix.innerText()).trim();
      await fix.click();
      await expect.poll(() => zendesk.editor.modelText(page)).toContain(replacement);
      expect((await zendesk.editor.modelText(page)).toLowerCase()).not.toContain('calm down');
      await page.close();
    });

    it('pauses the draft check on a draft too long to check while typing, says so, and resumes when it is short again', async () => {
      const page = await open('/plain');
      const reply = page.locator('textarea#reply');
      await reply.click();
      // A pasted log: 150 000 characters holding a line the check would flag, put in as a paste would.
      const log = `Please calm down. ${'log line 42: timeout after 30 s\n'.repeat(4_700)}`;
      await reply.evaluate((el, text) => {
        (el as HTMLTextAreaElement).value = text;
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      }, log);
      const paused = sidebar(page).locator('[data-testid="lint-paused"]');
      await paused.waitFor();
      expect(await paused.innerText()).toMatch(/this draft is 150,\d{3} characters long, and the check reads drafts of up to 100,000/);
      expect(await sidebar(page).locator('[data-testid="lint-issue"]').count()).toBe(0);

      await reply.fill('Please calm down.');
      await sidebar(page).locator('[data-testid="lint-issue"]').first().waitFor();
      expect(await paused.count()).toBe(0);
      await page.close();
    });

    it('is switched off and on for the site from the toolbar popup, live, and the popup says what it detected', async () => {
      const page = await openTicket(zendesk);
      const tabId = await tabIdOf(context, '1001');
      const extensionId = new URL((await extensionWorker(context)).url()).host;
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      const status = popup.locator('[data-testid="popup-status"]');
      await expect.poll(() => status.innerText()).toBe('Zendesk · ticket #1001');
      const links = await popup.locator('a').evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links.sort()).toEqual(['/options.html', '/stats.html']);
      for (const colorScheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme });
        expect(seriousOrWorse(await runAxe(popup, true))).toEqual([]);
      }

      const toggle = popup.locator('[data-testid="popup-enabled"]');
      await toggle.uncheck();
      await expect.poll(() => page.locator('composure-sidebar').count()).toBe(0);
      expect(await dockMargin(page)).toBe('0px');
      await expect.poll(() => status.innerText()).toBe('Off on this site.');
      await page.reload();
      await page.waitForTimeout(500);
      expect(await page.locator('composure-sidebar').count()).toBe(0);

      // Opened again on the reloaded page (a popup lives only while it is open): still off, and switched on.
      await popup.reload();
      await expect.poll(() => status.innerText()).toBe('Off on this site.');
      await toggle.check();
      await suggestionButtons(page).first().waitFor();
      expect(await dockMargin(page)).toBe(`${await hostWidth(page)}px`);
      await popup.close();
      await page.close();
    });
  });
});
