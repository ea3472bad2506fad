import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { readTeamBank, watchTeamBank } from './cache';
import { MAX_BANK_BYTES } from './fetch-bank';
import { isTeamBankMessage } from './messages';
import { readStoredTeam } from './store';
import { checkNow, isDue, setAgentUrl, stopAgentBank, type SyncDeps } from './sync';
import { INLINE_POLICY_URL, TEAM_KEYS } from './types';

const URL_A = 'https://intranet.example.com/composure/bank.json';
const phrase = (id: string, text: string, extra: Record<string, unknown> = {}) => ({ id, category: id.split('.')[0], text, tone: 'warm', length: 'short', ...extra });
const GOOD = { phrases: [phrase('empathy.team-one', 'We are on it, together.', { locked: true }), phrase('closing.team-bye', 'Warm regards from the team.')] };
const GOOD_TEXT = JSON.stringify(GOOD, null, 2);

interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch answering from a list of responses, recording every call; `granted` is the host permission. */
function harness(responses: (() => Response | Promise<Response>)[], granted = true) {
  const calls: Call[] = [];
  let clock = Date.parse('2025-03-01T09:00:00Z');
  const deps: SyncDeps = {
    fetch: vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(input), init: init ?? {} });
      const next = responses.shift();
      if (!next) throw new Error('unexpected fetch');
      return next();
    }),
    hasHostPermission: vi.fn(async () => granted),
    now: () => new Date((clock += 60_000)),
  };
  return { deps, calls };
}

const ok = (body: string, headers: Record<string, string> = {}) => () => new Response(body, { status: 200, headers: { 'content-type': 'application/json', ...headers } });
/** The request's headers, names lower-cased as they go on the wire. */
const headersOf = (call: Call) => new Map([...new Headers(call.init.headers)].map(([name, value]) => [name.toLowerCase(), value]));

beforeEach(() => fakeBrowser.reset());

async function useAgentUrl(url = URL_A) {
  expect(await setAgentUrl(url)).toEqual({ ok: true });
}

describe('fetching and revalidating the team bank', () => {
  it('stores a good bank with its validators, then a 304 keeps the copy; the request carries nothing else', async () => {
    await useAgentUrl();
    const { deps, calls } = harness([ok(GOOD_TEXT, { etag: '"v1"', 'last-modified': 'Sat, 01 Mar 2025 08:00:00 GMT' }), () => new Response(null, { status: 304 })]);

    const first = await checkNow(deps);
    expect(first).toMatchObject({ ok: true, url: URL_A });
    const team = await readTeamBank();
    expect(team?.bank.phrases.map((p) => p.id)).toEqual(['empathy.team-one', 'closing.team-bye']);
    expect(team).toMatchObject({ url: URL_A, source: 'agent', etag: '"v1"', lastModified: 'Sat, 01 Mar 2025 08:00:00 GMT', locked: ['empathy.team-one'] });

    const second = await checkNow(deps);
    expect(second).toMatchObject({ ok: true, notModified: true });
    expect(await readTeamBank()).toEqual(team);

    // Exactly the URL, a GET without a body, no cookies, the browser cache revalidating; validators only on the second.
    expect(calls.map((c) => c.url)).toEqual([URL_A, URL_A]);
    for (const call of calls) {
      expect(call.init).toMatchObject({ method: 'GET', cache: 'no-cache', credentials: 'omit', referrerPolicy: 'no-referrer' });
      expect(call.init.body).toBeUndefined();
    }
    expect([...headersOf(calls[0]!).keys()]).toEqual([]);
    expect(Object.fromEntries(headersOf(calls[1]!))).toEqual({ 'if-none-match': '"v1"', 'if-modified-since': 'Sat, 01 Mar 2025 08:00:00 GMT' });
  });

  it('broken JSON: the last good copy stays, and the error says where (line and column)', async () => {
    await useAgentUrl();
    const broken = '{\n  "phrases": [\n    { "id": "empathy.x" "category": "empathy" }\n  ]\n}';
    const { deps } = harness([ok(GOOD_TEXT), ok(broken)]);
    await checkNow(deps);
    const good = await readTeamBank();
    const status = await checkNow(deps);
    expect(status?.ok).toBe(false);
    expect(status?.error).toMatch(new RegExp(`^${URL_A} is not valid JSON at line 3, column 25: missing comma`));
    expect(await readTeamBank()).toEqual(good);
    expect((await readStoredTeam()).status).toEqual(status);
  });

  it('a bank with validation errors is refused whole, each error listed as file: id: field', async () => {
    await useAgentUrl();
    const invalid = { phrases: [phrase('empathy.fine', 'Fine words.'), phrase('empathy.bad-tone', 'Hello.', { tone: 'chirpy' }), phrase('empathy.bad-slot', 'Hi {{ticket.nope}}')] };
    const { deps } = harness([ok(JSON.stringify(invalid))]);
    const status = await checkNow(deps);
    expect(status?.ok).toBe(false);
    expect(status?.error).toMatch(new RegExp(`^${URL_A} has 2 errors, so it was not used: ${URL_A}: empathy.bad-tone: tone: error: unknown tone "chirpy"`));
    expect(status?.problems?.filter((l) => l.includes(': error: ')).map((l) => l.split(': ').slice(0, 3).join(': '))).toEqual([
      `${URL_A}: empathy.bad-tone: tone`,
      `${URL_A}: empathy.bad-slot: text`,
    ]);
    expect(await readTeamBank()).toBeUndefined();
  });

  it('network failures and HTTP errors keep the copy and say what failed, naming CORS when access was not granted', async () => {
    await useAgentUrl();
    const granted = harness([ok(GOOD_TEXT), () => Promise.reject(new TypeError('Failed to fetch')), () => new Response('nope', { status: 404, statusText: 'Not Found' })]);
    await checkNow(granted.deps);
    const good = await readTeamBank();
    expect((await checkNow(granted.deps))?.error).toBe(`Could not reach ${URL_A} (Failed to fetch): offline, a wrong address, or the server is down.`);
    expect((await checkNow(granted.deps))?.error).toBe(`HTTP 404 Not Found from ${URL_A}: there is no file at this address.`);
    expect(await readTeamBank()).toEqual(good);

    const notGranted = harness([() => Promise.reject(new TypeError('Failed to fetch'))], false);
    const status = await checkNow(notGranted.deps);
    expect(status?.error).toMatch(/no permission for https:\/\/intranet\.example\.com.*Access-Control-Allow-Origin: \*/);
    // Without the permission the request stays a simple CORS GET: no validator headers that would need a preflight.
    expect([...headersOf(notGranted.calls[0]!).keys()]).toEqual([]);
    expect(await readTeamBank()).toEqual(good);
  });

  it('refuses a file over 5 MB (declared or streamed), an HTML page, and a redirect to plain http', async () => {
    await useAgentUrl();
    const big = 'x'.repeat(MAX_BANK_BYTES + 1);
    const redirected = () => {
      const response = new Response(GOOD_TEXT, { status: 200 });
      Object.defineProperties(response, { redirected: { value: true }, url: { value: 'http://evil.example/bank.json' } });
      return response;
    };
    const { deps } = harness([
      () => new Response('{}', { headers: { 'content-length': String(MAX_BANK_BYTES + 1) } }),
      ok(big),
      ok('<!doctype html><title>Sign in</title>', { 'content-type': 'text/html' }),
      redirected,
    ]);
    expect((await checkNow(deps))?.error).toBe(`${URL_A} is too large (5.0 MB): a team bank may be at most 5.0 MB.`);
    expect((await checkNow(deps))?.error).toMatch(/is too large/);
    expect((await checkNow(deps))?.error).toMatch(/sent a web page \(HTML\), not a bank file/);
    expect((await checkNow(deps))?.error).toMatch(/redirected to http:\/\/evil\.example\/bank\.json, which is refused/);
  });

  it('reads YAML when the address or Content-Type says so, with the line of a syntax error', async () => {
    const yamlUrl = 'https://intranet.example.com/bank.yaml';
    await useAgentUrl(yamlUrl);
    const yaml = 'phrases:\n  - id: empathy.yaml-one\n    category: empathy\n    text: "Hello from YAML."\n    tone: warm\n    length: short\n';
    const { deps } = harness([ok(yaml, { 'content-type': 'text/plain' }), ok('phrases:\n  - id: [unclosed\n', { 'content-type': 'text/plain' })]);
    expect((await checkNow(deps))?.ok).toBe(true);
    expect((await readTeamBank())?.bank.phrases[0]?.text).toBe('Hello from YAML.');
    const status = await checkNow(deps);
    expect(status?.error).toMatch(new RegExp(`^${yamlUrl} is not valid YAML at line 3, column 1: Flow sequence`));
    expect((await readTeamBank())?.bank.phrases[0]?.id).toBe('empathy.yaml-one');
  });

  it('runs one check at a time, in order', async () => {
    await useAgentUrl();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { deps, calls } = harness([async () => (await gate, new Response(GOOD_TEXT)), ok(GOOD_TEXT)]);
    const first = checkNow(deps);
    const second = checkNow(deps);
    try {
      await vi.waitFor(() => expect(calls).toHaveLength(1));
      // The first request is still open: whatever the second check could do by now, it has not fetched.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(calls).toHaveLength(1);
    } finally {
      release();
    }
    await Promise.all([first, second]);
    expect(calls).toHaveLength(2);
  });
});

describe('where the bank comes from', () => {
  it('accepts https and local http addresses only, with a reason for each refusal', async () => {
    expect(await setAgentUrl('  https://cdn.example.org/team.json#top ')).toEqual({ ok: true });
    expect((await readStoredTeam()).source?.url).toBe('https://cdn.example.org/team.json');
    expect(await setAgentUrl('http://localhost:8080/bank.json')).toEqual({ ok: true });
    expect(await setAgentUrl('http://127.0.0.1/bank.json')).toEqual({ ok: true });
    const refusals = await Promise.all(['', 'intranet/bank.json', 'http://intranet.example.com/bank.json', 'ftp://x.example/bank.json', 'https://me:pw@x.example/b.json'].map(setAgentUrl));
    expect(refusals.map((r) => (r.ok ? 'accepted' : r.error))).toEqual([
      expect.stringMatching(/^Enter the address/),
      expect.stringMatching(/is not a web address/),
      expect.stringMatching(/uses plain http: only https:\/\/ addresses/),
      expect.stringMatching(/“ftp:” addresses are not accepted/),
      expect.stringMatching(/Remove the user name and password/),
    ]);
    expect((await readStoredTeam()).source?.url).toBe('http://127.0.0.1/bank.json');
  });

  it('a URL set by policy wins over the agent’s, and the agent can neither change nor stop it', async () => {
    await useAgentUrl();
    const policyUrl = 'https://policy.example.com/bank.json';
    await browser.storage.managed.set({ teamBankUrl: policyUrl });
    const { deps, calls } = harness([ok(GOOD_TEXT)]);
    await checkNow(deps);
    expect(calls.map((c) => c.url)).toEqual([policyUrl]);
    expect(await readTeamBank()).toMatchObject({ url: policyUrl, source: 'organisation' });
    expect(await setAgentUrl('https://other.example/bank.json')).toEqual({ ok: false, error: expect.stringMatching(/set.*by your organisation|organisation sets/) });
    expect((await stopAgentBank()).ok).toBe(false);
    expect(await readTeamBank()).toBeDefined();
  });

  it('an unusable policy URL is reported, never fetched, and the agent’s URL is not used instead', async () => {
    await useAgentUrl();
    await browser.storage.managed.set({ teamBankUrl: 'http://intranet.example.com/bank.json' });
    const { deps, calls } = harness([]);
    const status = await checkNow(deps);
    expect(status?.error).toMatch(/^The teamBankUrl policy set by your organisation is not usable: .*plain http/);
    expect(calls).toEqual([]);
  });

  it('an inline bank pushed by policy is checked and used without any request', async () => {
    await browser.storage.managed.set({ teamBank: GOOD });
    const { deps, calls } = harness([]);
    expect(await checkNow(deps)).toMatchObject({ ok: true, url: INLINE_POLICY_URL });
    expect(calls).toEqual([]);
    expect(await readTeamBank()).toMatchObject({ url: INLINE_POLICY_URL, source: 'organisation', locked: ['empathy.team-one'] });
    // A broken push keeps the good one.
    await browser.storage.managed.set({ teamBank: { phrases: [phrase('empathy.x', 'x', { tone: 'loud' })] } });
    expect((await checkNow(deps))?.error).toMatch(/^The bank pushed by your organisation has 1 error, so it was not used: policy: empathy.x: tone/);
    expect((await readTeamBank())?.bank.phrases).toHaveLength(2);
  });

  it('"Stop using" removes the copy; with no source left, a check clears what an old one left behind', async () => {
    await useAgentUrl();
    const { deps } = harness([ok(GOOD_TEXT), ok(GOOD_TEXT)]);
    await checkNow(deps);
    expect(await stopAgentBank()).toEqual({ ok: true });
    expect(await readTeamBank()).toBeUndefined();
    // A policy that is withdrawn: its copy goes at the next check.
    await browser.storage.managed.set({ teamBankUrl: URL_A });
    await checkNow(deps);
    expect(await readTeamBank()).toBeDefined();
    await browser.storage.managed.clear();
    expect(await checkNow(deps)).toBeUndefined();
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('is due on start-up when never checked, when the source changed, or when the last check is old', async () => {
    const now = new Date('2025-03-01T12:00:00Z');
    expect(await isDue(10, now)).toBe(false);
    await useAgentUrl();
    expect(await isDue(10, now)).toBe(true);
    await browser.storage.local.set({ [TEAM_KEYS.status]: { checkedAt: '2025-03-01T11:55:00Z', url: URL_A, ok: true } });
    expect(await isDue(10, now)).toBe(false);
    expect(await isDue(5, now)).toBe(true);
    await useAgentUrl('https://elsewhere.example/bank.json');
    expect(await isDue(10, now)).toBe(true);
  });
});

describe('what the content script and the options page read', () => {
  it('watchTeamBank reports a new copy and its removal; damaged records read as nothing', async () => {
    const seen: unknown[] = [];
    const stop = watchTeamBank((team) => seen.push(team?.bank.phrases.length));
    await useAgentUrl();
    await checkNow(harness([ok(GOOD_TEXT)]).deps);
    await stopAgentBank();
    stop();
    await browser.storage.local.set({ [TEAM_KEYS.cache]: { url: 1, bank: 'x' } });
    expect(seen).toEqual([2, undefined]);
    expect(await readTeamBank()).toBeUndefined();
  });

  it('the message guard accepts the three requests and nothing else', () => {
    expect(isTeamBankMessage({ type: 'composure:team-bank', action: 'check' })).toBe(true);
    expect(isTeamBankMessage({ type: 'composure:team-bank', action: 'set-url', url: URL_A })).toBe(true);
    expect(isTeamBankMessage({ type: 'composure:team-bank', action: 'stop' })).toBe(true);
    expect(isTeamBankMessage({ type: 'composure:team-bank', action: 'set-url' })).toBe(false);
    expect(isTeamBankMessage({ type: 'composure:team-bank', action: 'fetch', url: URL_A })).toBe(false);
    expect(isTeamBankMessage({ type: 'composure:status' })).toBe(false);
    expect(isTeamBankMessage(null)).toBe(false);
  });
});
