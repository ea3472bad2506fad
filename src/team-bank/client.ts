// The options page's side of team banks: what it shows (read straight from storage) and what it asks the
// background script to do (messages; the background is the only one that fetches).
import { browser } from 'wxt/browser';
import { TEAM_BANK_MESSAGE, type TeamBankMessage, type TeamBankReply } from './messages';
import { managedPolicy, policySetsBank, type TeamPolicy } from './policy';
import { readStoredTeam, type StoredTeam } from './store';
import { TEAM_KEYS } from './types';
import { checkBankUrl } from './url-rules';

export interface TeamState extends StoredTeam {
  policy: TeamPolicy;
  /** The policy decides the bank: the agent's field is read-only. */
  byOrganisation: boolean;
  /** The URL in force (the policy's, else the agent's); absent for an inline policy bank or none at all. */
  url?: string;
  /** Whether Composure may read that URL's host directly (else the server must allow CORS). */
  granted?: boolean;
}

export async function readTeamState(): Promise<TeamState> {
  const [stored, policy] = await Promise.all([readStoredTeam(), managedPolicy()]);
  const byOrganisation = policySetsBank(policy);
  const url = byOrganisation ? policy.url : stored.source?.url;
  const checked = url ? checkBankUrl(url) : undefined;
  const granted = checked?.ok ? await browser.permissions.contains({ origins: [checked.origins] }).catch(() => false) : undefined;
  return { ...stored, policy, byOrganisation, ...(url ? { url } : {}), ...(granted === undefined ? {} : { granted }) };
}

/** Calls `onChange` when anything the team-bank section shows may have changed. */
export function watchTeamState(onChange: () => void): () => void {
  const keys: string[] = Object.values(TEAM_KEYS);
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && Object.keys(changes).some((key) => keys.includes(key)))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

type Request = TeamBankMessage extends infer M ? (M extends TeamBankMessage ? Omit<M, 'type'> : never) : never;

/** Sends a request to the background and returns its reply; a background that cannot answer is an error too. */
export async function askBackground(request: Request): Promise<TeamBankReply> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: TEAM_BANK_MESSAGE, ...request })) as TeamBankReply | undefined;
    return reply ?? { ok: false, error: 'The background script did not answer; reload the extension and try again.' };
  } catch (error) {
    return { ok: false, error: `The background script could not be reached: ${error instanceof Error ? error.message : String(error)}` };
  }
}
