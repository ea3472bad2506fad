// The background half of team banks: the only place a team bank is fetched. Checks when the background starts
// (the browser starting, or the service worker waking) if the last check is 10 minutes old or about another
// source, when the policy changes, when the options page asks, and on an alarm every 6 hours.
import { browser } from 'wxt/browser';
import { isTeamBankMessage, type TeamBankMessage, type TeamBankReply } from './messages';
import { managedPolicy } from './policy';
import { checkNow, isDue, setAgentUrl, stopAgentBank, type SyncDeps } from './sync';

const ALARM = 'composure-team-bank';
/** A service worker wakes for every message; checking each time would be a request per keystroke shortcut. */
const WAKE_CHECK_MINUTES = 10;

const deps: SyncDeps = {
  fetch: (input, init) => fetch(input, init),
  hasHostPermission: (origins) => browser.permissions.contains({ origins: [origins] }),
  now: () => new Date(),
};

async function answer(message: TeamBankMessage): Promise<TeamBankReply> {
  if (message.action === 'set-url' || message.action === 'stop') {
    const changed = message.action === 'set-url' ? await setAgentUrl(message.url) : await stopAgentBank();
    if (!changed.ok) return changed;
  }
  const status = await checkNow(deps);
  return { ok: true, ...(status ? { status } : {}) };
}

/** One alarm at the policy's period (6 h unless an admin set another); recreated only when the period changes. */
async function scheduleRefresh(): Promise<void> {
  const periodInMinutes = (await managedPolicy()).refreshHours * 60;
  const existing = await browser.alarms.get(ALARM);
  if (existing?.periodInMinutes !== periodInMinutes) browser.alarms.create(ALARM, { periodInMinutes, delayInMinutes: periodInMinutes });
}

export function startTeamBankSync(): void {
  // Listeners first and synchronously: an event that woke the service worker is delivered only to them.
  browser.runtime.onMessage.addListener((message: unknown) => (isTeamBankMessage(message) ? answer(message) : undefined));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void checkNow(deps);
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    void checkNow(deps);
    void scheduleRefresh();
  });
  void scheduleRefresh().catch(() => undefined);
  void isDue(WAKE_CHECK_MINUTES, deps.now()).then((due) => (due ? checkNow(deps) : undefined), () => undefined);
}
