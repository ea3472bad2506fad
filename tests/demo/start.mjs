#!/usr/bin/env node
// `npm start`: builds the extension and the demo helpdesk, serves the demo on localhost and opens Chromium
// with Composure loaded on a ticket. With a display it stays open until you close it or press Ctrl+C; without
// one it runs headless, saves a screenshot and prints what the sidebar shows.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildDemo } from './build.mjs';
import { startDemoServer } from './server.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXTENSION = join(ROOT, '.output', 'e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT = join(ROOT, 'tests', 'artifacts', 'demo-zendesk.png');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
console.log('Building the extension (.output/e2e)…');
const build = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log('Building the demo helpdesk…');
await buildDemo();
const server = await startDemoServer({ port: Number(process.env.PORT ?? 0) });
const url = `${server.url}/agent/tickets/1001`;
console.log(`Demo helpdesk: ${url}`);

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'composure-demo-')), {
  executablePath: CHROMIUM,
  headless,
  viewport: headless ? { width: 1440, height: 900 } : null,
  args: [
    `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(headless ? ['--disable-gpu'] : []),
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
const sidebar = page.locator('composure-sidebar');
await sidebar.locator('[data-testid="suggestion"]').first().waitFor({ timeout: 30_000 });

if (!headless) {
  console.log('Chromium is open with Composure loaded. Close the window or press Ctrl+C to stop.');
  context.on('close', () => server.close().then(() => process.exit(0)));
  process.on('SIGINT', () => context.close());
} else {
  mkdirSync(join(ROOT, 'tests', 'artifacts'), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  const mood = await sidebar.locator('[data-testid="mood"]').getAttribute('data-mood');
  const situations = await sidebar
    .locator('[data-testid="situation"]')
    .evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-situation')));
  const suggestions = await sidebar.locator('.suggestions [data-testid="suggestion"]').evaluateAll((buttons) =>
    buttons.map((b) => `${b.querySelector('.category')?.textContent}: ${b.querySelector('.phrase-text')?.textContent}`),
  );
  console.log(`\nNo display: ran headless. Screenshot: ${SCREENSHOT}\n`);
  console.log(`Mood:       ${mood}`);
  console.log(`Situations: ${situations.join(', ') || '(none)'}`);
  console.log('Suggestions:');
  suggestions.forEach((s, i) => console.log(`  ${i + 1}. ${s}`));
  await context.close();
  await server.close();
}
