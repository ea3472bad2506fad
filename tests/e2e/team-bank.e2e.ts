import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage } from './browser';
import { openDemo, searchResult } from './fixtures';
import { ARTIFACTS } from './paths';
import { serveTeamBank, TEAM_BANK, useTeamBank } from './team-bank-fixtures';

// Team banks (issue 7): a bank served by the demo server is set in the options page, fetched by the background
// script, validated and shown with its phrases and locks; served broken, the last good copy stays in use and the
// options page says what failed.

describe('team bank: options page → background fetch → last good copy', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let options: Page;
  const demo = inject('demoUrl');
  const bankUrl = `${demo}/team-bank.json`;

  beforeAll(async () => {
    ({ context, close } = await launchWithExtension());
  });
  afterAll(async () => close?.());

  it('refuses a plain-http address that is not local, saying why', async () => {
    options = await openExtensionPage(context, 'options.html');
    await options.getByTestId('team-bank-url').fill('http://intranet.example.com/bank.json');
    await options.getByTestId('team-bank-save').click();
    await expect.poll(() => options.getByTestId('team-bank-message').innerText()).toMatch(/only https:\/\/ addresses/);
    expect(await options.getByTestId('team-bank-status').count()).toBe(0);
    await options.close();
  });

  it('picks up the bank served by the test server: count, source, team phrases and their locks', async () => {
    await serveTeamBank(demo, JSON.stringify(TEAM_BANK));
    options = await useTeamBank(context, bankUrl);
    const count = options.getByTestId('team-bank-count');
    expect(await count.getAttribute('data-count')).toBe('2');
    const status = options.getByTestId('team-bank-status');
    expect(await status.getAttribute('data-ok')).toBe('true');
    expect(await status.innerText()).toMatch(/Source: you/);
    expect(await status.innerText()).toContain(bankUrl);
    expect(await status.innerText()).toContain('1 line to avoid');

    const locked = options.locator('[data-testid="team-phrase"][data-phrase-id="empathy.team-acme-hear-you"]');
    expect(await locked.innerText()).toContain('At Acme we read every message');
    expect(await locked.getByTestId('team-locked').innerText()).toBe('Locked by your team');
    const free = options.locator('[data-testid="team-phrase"][data-phrase-id="closing.team-acme-sign-off"]');
    expect(await free.getByTestId('team-locked').count()).toBe(0);
    expect(await options.getByTestId('team-bank-error').count()).toBe(0);
    mkdirSync(ARTIFACTS, { recursive: true });
    await options.screenshot({ path: `${ARTIFACTS}/options-team-bank.png`, fullPage: true });
  });

  it('reaches the sidebar on the demo ticket: its phrases are found by search', async () => {
    const ticket = await openDemo(context, `${demo}/agent/tickets/1001`);
    const result = await searchResult(ticket, 'read every message', 'At Acme we read every message');
    expect(await result.getAttribute('data-phrase-id')).toBe('empathy.team-acme-hear-you');
    await ticket.close();
  });

  it('served broken: "Check now" keeps the last good copy and shows the error with its line and column', async () => {
    await serveTeamBank(demo, '{\n  "phrases": [\n    { "id": "empathy.x", "category": "empathy" "text": "x" }\n  ]\n}\n');
    await options.getByTestId('team-bank-check').click();
    const error = options.getByTestId('team-bank-error');
    await expect.poll(() => error.count()).toBe(1);
    expect(await error.innerText()).toMatch(new RegExp(`${bankUrl.replace(/[.]/g, '\\.')} is not valid JSON at line 3, column \\d+: missing comma`));
    expect(await options.getByTestId('team-bank-count').getAttribute('data-count')).toBe('2');
    expect(await options.getByTestId('team-bank-status').getAttribute('data-ok')).toBe('false');
    expect(await options.getByTestId('team-bank-status').innerText()).toMatch(/failed; the last good copy stays in use/);
    expect(await options.getByTestId('team-phrase').count()).toBe(2);
    await options.screenshot({ path: `${ARTIFACTS}/options-team-bank-error.png`, fullPage: true });
  });

  it('served with validation errors: each error is listed as file: id: field, the copy still stays', async () => {
    const invalid = { phrases: [{ ...TEAM_BANK.phrases[1], id: 'closing.team-bad', tone: 'chirpy' }] };
    await serveTeamBank(demo, JSON.stringify(invalid));
    await options.getByTestId('team-bank-check').click();
    await expect.poll(() => options.getByTestId('team-bank-error').innerText()).toContain(`${bankUrl}: closing.team-bad: tone: error: unknown tone "chirpy"`);
    expect(await options.getByTestId('team-bank-count').getAttribute('data-count')).toBe('2');
  });

  it('fixed again, it is picked up; "Stop using" removes it', async () => {
    await serveTeamBank(demo, JSON.stringify({ phrases: [...TEAM_BANK.phrases, { ...TEAM_BANK.phrases[1], id: 'closing.team-third', text: 'Thanks again.' }] }));
    await options.getByTestId('team-bank-check').click();
    await expect.poll(() => options.getByTestId('team-bank-count').getAttribute('data-count')).toBe('3');
    expect(await options.getByTestId('team-bank-error').count()).toBe(0);
    await options.getByTestId('team-bank-stop').click();
    await expect.poll(() => options.getByTestId('team-bank-status').count()).toBe(0);
    expect(await options.getByTestId('team-phrase').count()).toBe(0);
  });
});
