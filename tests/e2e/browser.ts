import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM, EXTENSION_DIR } from './paths';

/**
 * Debian's Chromium with the e2e build loaded, in a fresh profile. The flags keep Chromium from calling home:
 * this machine has no network, and the privacy tests count every request.
 */
export async function launchWithExtension(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'composure-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * One Chromium with the extension for the enclosing test file or describe block: launched before its tests (the
 * context handed to `onLaunch`), closed after them.
 */
export function launchForTests(onLaunch: (context: BrowserContext) => void): void {
  let launched: Awaited<ReturnType<typeof launchWithExtension>> | undefined;
  beforeAll(async () => {
    launched = await launchWithExtension();
    onLaunch(launched.context);
  });
  afterAll(() => launched?.close());
}

/** The sidebar's shadow root content: Playwright's CSS locators pierce open shadow roots. */
export function sidebar(page: Page): Locator {
  return page.locator('composure-sidebar');
}

/** CKEditor's data for the visible ticket, read from its own model (not the DOM). */
export async function ckeditorData(page: Page): Promise<string> {
  return page.evaluate(() => {
    const editable = [...document.querySelectorAll<HTMLElement>('[data-test-id="omnicomposer-rich-text-ckeditor"]')].find(
      (el) => el.checkVisibility(),
    ) as (HTMLElement & { ckeditorInstance?: { getData(): string } }) | undefined;
    if (!editable?.ckeditorInstance) throw new Error('no visible CKEditor instance');
    return editable.ckeditorInstance.getData();
  });
}

export function countOf(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

/** CKEditor's model data for the visible ticket as plain text: paragraphs on their own lines. */
export async function ckeditorText(page: Page): Promise<string> {
  const html = await ckeditorData(page);
  return page.evaluate((data) => {
    const doc = new DOMParser().parseFromString(data, 'text/html');
    return [...doc.body.children].map((el) => (el.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n');
  }, html);
}

/** The first suggestion that inserts as shown (no value left for the agent to fill), with its text. */
export async function plainSuggestion(page: Page): Promise<{ button: Locator; text: string; id: string }> {
  const buttons = sidebar(page).locator('.suggestions [data-testid="suggestion"]');
  await buttons.first().waitFor();
  for (const button of await buttons.all()) {
    if ((await button.locator('mark.seg-missing, mark.seg-slot').count()) > 0) continue;
    const text = (await button.locator('.phrase-text').innerText()).trim();
    return { button, text, id: (await button.getAttribute('data-phrase-id')) ?? '' };
  }
  throw new Error('no suggestion without gaps to fill');
}

interface DeveloperPrivate {
  chrome: { developerPrivate: { updateProfileConfiguration(update: { inDeveloperMode: boolean }, done: () => void): void } };
}

/** The extension's service worker, waiting for it to start if it has not yet. */
export async function extensionWorker(context: BrowserContext) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export async function extensionId(context: BrowserContext): Promise<string> {
  return new URL((await extensionWorker(context)).url()).host;
}

/** A new tab showing one of the extension's pages (`options.html`, `stats.html`, `popup.html?tab=…`). */
export async function openExtensionPage(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${await extensionId(context)}/${path}`);
  return page;
}

/**
 * Reloads the extension as an update does (`runtime.reload()`), and resolves once the new service worker runs.
 * Chromium disables a reloaded unpacked extension unless developer mode is on (as it is for anyone who loads
 * one; store installs update without this), so it is switched on first, as an agent's chrome://extensions would.
 */
export async function reloadExtension(context: BrowserContext): Promise<void> {
  const settings = await context.newPage();
  await settings.goto('chrome://extensions/');
  await settings.evaluate(
    () =>
      new Promise<void>((resolve) =>
        (globalThis as unknown as DeveloperPrivate).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, resolve),
      ),
  );
  await settings.close();
  const worker = await extensionWorker(context);
  const restarted = context.waitForEvent('serviceworker', { predicate: (w) => w !== worker });
  await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  await restarted;
}
