// Reading and writing the `team:*` records. Whatever is stored is checked on the way out: a record written by
// an older version or damaged comes back as "nothing", never as a crash.
import { browser } from 'wxt/browser';
import { TEAM_KEYS, type TeamCache, type TeamSourceRecord, type TeamStatus } from './types';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export function parseCache(raw: unknown): TeamCache | undefined {
  if (!isRecord(raw) || !isRecord(raw.bank)) return undefined;
  const { bank } = raw;
  if (typeof raw.url !== 'string' || typeof raw.fetchedAt !== 'string' || (raw.source !== 'agent' && raw.source !== 'organisation')) return undefined;
  if (!Array.isArray(bank.phrases) || !Array.isArray(bank.rules) || !Array.isArray(bank.playbooks) || !isStringList(raw.locked)) return undefined;
  // The entries themselves go through the bank validator again when the sidebar layers them (src/bank/layers.ts).
  return raw as unknown as TeamCache;
}

export function parseStatus(raw: unknown): TeamStatus | undefined {
  if (!isRecord(raw) || typeof raw.checkedAt !== 'string' || typeof raw.url !== 'string' || typeof raw.ok !== 'boolean') return undefined;
  return {
    checkedAt: raw.checkedAt,
    url: raw.url,
    ok: raw.ok,
    ...(raw.notModified === true ? { notModified: true } : {}),
    ...(typeof raw.error === 'string' ? { error: raw.error } : {}),
    ...(isStringList(raw.problems) ? { problems: raw.problems } : {}),
  };
}

export function parseSource(raw: unknown): TeamSourceRecord | undefined {
  return isRecord(raw) && typeof raw.url === 'string' && typeof raw.setAt === 'string' ? { url: raw.url, setAt: raw.setAt } : undefined;
}

export interface StoredTeam {
  source?: TeamSourceRecord;
  cache?: TeamCache;
  status?: TeamStatus;
}

export async function readStoredTeam(): Promise<StoredTeam> {
  const raw = await browser.storage.local.get([TEAM_KEYS.source, TEAM_KEYS.cache, TEAM_KEYS.status]);
  return { source: parseSource(raw[TEAM_KEYS.source]), cache: parseCache(raw[TEAM_KEYS.cache]), status: parseStatus(raw[TEAM_KEYS.status]) };
}
