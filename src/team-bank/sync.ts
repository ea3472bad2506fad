// Keeping the last good copy of the team bank: resolve where it comes from (policy wins over the agent's choice),
// fetch or read it, check it with the bank validator, and replace the copy only when it has no error. Every
// check leaves a status saying what happened, for the options page.
import { browser } from 'wxt/browser';
import { checkTeamBank, formatTeamProblems } from './check';
import { fetchBankText, type FetchDeps } from './fetch-bank';
import { parseBankText } from './parse-text';
import { managedPolicy, policySetsBank, type TeamPolicy } from './policy';
import { readStoredTeam, type StoredTeam } from './store';
import { INLINE_POLICY_URL, TEAM_KEYS, type TeamCache, type TeamSource, type TeamSourceKind, type TeamStatus } from './types';
import { checkBankUrl } from './url-rules';

export interface SyncDeps extends FetchDeps {
  now: () => Date;
}

export interface ResolvedSource {
  source?: TeamSource;
  policy: TeamPolicy;
}

/** Where the team bank comes from now: an inline policy bank, a policy URL, the agent's URL, or nowhere. */
export async function resolveSource(stored?: StoredTeam): Promise<ResolvedSource> {
  const policy = await managedPolicy();
  if (policy.inline !== undefined) return { policy, source: { kind: 'organisation', inline: policy.inline } };
  if (policy.url) return { policy, source: { kind: 'organisation', url: policy.url } };
  if (policySetsBank(policy)) return { policy };
  const { source } = stored ?? (await readStoredTeam());
  const checked = source ? checkBankUrl(source.url) : undefined;
  return { policy, ...(checked?.ok ? { source: { kind: 'agent', url: checked.url } } : {}) };
}

async function writeStatus(status: TeamStatus, cache?: TeamCache): Promise<TeamStatus> {
  try {
    await browser.storage.local.set({ [TEAM_KEYS.status]: status, ...(cache ? { [TEAM_KEYS.cache]: cache } : {}) });
    return status;
  } catch (error) {
    // Storage full (or gone): the copy in use stays, and the failure is said where the agent looks.
    const failed: TeamStatus = { ...status, ok: false, error: `The bank could not be stored: ${error instanceof Error ? error.message : String(error)}` };
    await browser.storage.local.set({ [TEAM_KEYS.status]: failed }).catch(() => undefined);
    return failed;
  }
}

/** Validates `data` and, when it has no error, makes it the copy in use. */
async function adopt(
  data: unknown,
  where: { url: string; source: TeamSourceKind; etag?: string; lastModified?: string },
  checkedAt: string,
): Promise<TeamStatus> {
  const { layer, problems } = checkTeamBank(where.url, data);
  const lines = formatTeamProblems(problems);
  if (!layer) {
    const errors = problems.filter((p) => p.severity === 'error').length;
    const error = `${where.url === INLINE_POLICY_URL ? 'The bank pushed by your organisation' : where.url} has ${errors} error${errors === 1 ? '' : 's'}, so it was not used${
      errors > 0 ? `: ${lines[0]}` : ''
    }`;
    return writeStatus({ checkedAt, url: where.url, ok: false, error, problems: lines });
  }
  const cache: TeamCache = { ...where, fetchedAt: checkedAt, bank: layer.bank, locked: [...layer.locked] };
  return writeStatus({ checkedAt, url: where.url, ok: true, ...(lines.length ? { problems: lines } : {}) }, cache);
}

/** One check, start to end. Never throws: every failure ends up in the status. */
async function runCheck(deps: SyncDeps): Promise<TeamStatus | undefined> {
  const stored = await readStoredTeam();
  const { source, policy } = await resolveSource(stored);
  const checkedAt = deps.now().toISOString();
  if (policy.error) return writeStatus({ checkedAt, url: INLINE_POLICY_URL, ok: false, error: policy.error });
  if (!source) {
    // No bank any more (the agent stopped using it, or the policy was withdrawn): nothing of it stays in use.
    if (stored.cache || stored.status) await browser.storage.local.remove([TEAM_KEYS.cache, TEAM_KEYS.status]);
    return undefined;
  }
  if ('inline' in source) return adopt(source.inline, { url: INLINE_POLICY_URL, source: 'organisation' }, checkedAt);

  const outcome = await fetchBankText(source.url, stored.cache, deps);
  if (outcome.kind === 'failed') return writeStatus({ checkedAt, url: source.url, ok: false, error: outcome.error });
  if (outcome.kind === 'not-modified') {
    const cache = stored.cache && stored.cache.source !== source.kind ? { ...stored.cache, source: source.kind } : undefined;
    return writeStatus({ checkedAt, url: source.url, ok: true, notModified: true }, cache);
  }
  const parsed = parseBankText(source.url, outcome.text, outcome.contentType);
  if (!parsed.ok) return writeStatus({ checkedAt, url: source.url, ok: false, error: parsed.error, problems: parsed.problems });
  return adopt(
    parsed.data,
    {
      url: source.url,
      source: source.kind,
      ...(outcome.etag ? { etag: outcome.etag } : {}),
      ...(outcome.lastModified ? { lastModified: outcome.lastModified } : {}),
    },
    checkedAt,
  );
}

let queue: Promise<unknown> = Promise.resolve();

/** Checks the team bank now; checks asked for while one runs wait their turn (one request at a time). */
export function checkNow(deps: SyncDeps): Promise<TeamStatus | undefined> {
  const run = queue.then(() => runCheck(deps));
  queue = run.catch(() => undefined);
  return run;
}

/** True when the last check is older than `minutes`, or was about another source. */
export async function isDue(minutes: number, now: Date): Promise<boolean> {
  const stored = await readStoredTeam();
  const { source } = await resolveSource(stored);
  const url = !source ? undefined : 'inline' in source ? INLINE_POLICY_URL : source.url;
  if (!url) return Boolean(stored.cache || stored.status);
  if (!stored.status || stored.status.url !== url) return true;
  return now.getTime() - Date.parse(stored.status.checkedAt) >= minutes * 60_000 || Number.isNaN(Date.parse(stored.status.checkedAt));
}

export type ChangeResult = { ok: true } | { ok: false; error: string };

const SET_BY_ORGANISATION = 'Your organisation sets the team bank through browser policy; it cannot be changed here.';

/** The agent's choice of bank (after the options page got the host permission). */
export async function setAgentUrl(input: string): Promise<ChangeResult> {
  if (policySetsBank(await managedPolicy())) return { ok: false, error: SET_BY_ORGANISATION };
  const checked = checkBankUrl(input);
  if (!checked.ok) return checked;
  await browser.storage.local.set({ [TEAM_KEYS.source]: { url: checked.url, setAt: new Date().toISOString() } });
  return { ok: true };
}

/** "Stop using": the agent's bank, its copy and its status go. */
export async function stopAgentBank(): Promise<ChangeResult> {
  if (policySetsBank(await managedPolicy())) return { ok: false, error: SET_BY_ORGANISATION };
  await browser.storage.local.remove([TEAM_KEYS.source, TEAM_KEYS.cache, TEAM_KEYS.status]);
  return { ok: true };
}
