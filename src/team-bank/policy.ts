// What an administrator can push through browser policy (managed storage): Chrome/Edge read it from
// `3rdparty.extensions.<id>` checked against assets/extension/managed_schema.json, Firefox from policies.json
// `3rdparty.Extensions.<id>` without any schema, so every value is checked here as well.
import { browser } from 'wxt/browser';
import { checkBankUrl } from './url-rules';

/** The policy names, as written in the managed schema and the example policy files (assets/admin/). */
export const POLICY_KEYS = {
  url: 'teamBankUrl',
  bank: 'teamBank',
  refreshHours: 'teamBankRefreshHours',
} as const;

export const DEFAULT_REFRESH_HOURS = 6;
const REFRESH_HOURS = { min: 1, max: 168 };

export interface TeamPolicy {
  /** An accepted bank URL (teamBankUrl). */
  url?: string;
  /** A whole bank pushed inline (teamBank); it wins over teamBankUrl. Checked like a fetched one before use. */
  inline?: unknown;
  /** How often the bank is checked again. */
  refreshHours: number;
  /** A policy value that cannot be used, and why: shown on the options page. */
  error?: string;
}

/** Reads raw managed-storage values; a wrong value is reported, never a crash. */
export function readPolicy(raw: Record<string, unknown>): TeamPolicy {
  const policy: TeamPolicy = { refreshHours: DEFAULT_REFRESH_HOURS };
  const hours = raw[POLICY_KEYS.refreshHours];
  if (typeof hours === 'number' && Number.isFinite(hours)) {
    policy.refreshHours = Math.min(REFRESH_HOURS.max, Math.max(REFRESH_HOURS.min, Math.round(hours)));
  }
  const inline = raw[POLICY_KEYS.bank];
  if (inline !== undefined && inline !== null) {
    policy.inline = inline;
    return policy;
  }
  const url = raw[POLICY_KEYS.url];
  if (url === undefined || url === null || url === '') return policy;
  if (typeof url !== 'string') return { ...policy, error: `The ${POLICY_KEYS.url} policy should be an address (a string).` };
  const checked = checkBankUrl(url);
  if (checked.ok) return { ...policy, url: checked.url };
  return { ...policy, error: `The ${POLICY_KEYS.url} policy set by your organisation is not usable: ${checked.error}` };
}

/** True when policy names a team bank (usable or not): the agent's own choice is then overridden. */
export const policySetsBank = (policy: TeamPolicy): boolean => policy.url !== undefined || policy.inline !== undefined || policy.error !== undefined;

/**
 * The policy in force. Firefox rejects the read when no policy exists for the extension, and some browsers lack
 * managed storage: both mean "no policy".
 */
export async function managedPolicy(): Promise<TeamPolicy> {
  try {
    const raw = (await browser.storage.managed?.get()) ?? {};
    return readPolicy(raw as Record<string, unknown>);
  } catch {
    return readPolicy({});
  }
}
