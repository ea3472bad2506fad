import { browser } from 'wxt/browser';
import { readAutoBackup } from './backup';
import { isRecord } from './is-record';
import { META_KEY, storedSchema } from './migrations';
import { checkRecord, kindOfKey, SCHEMA_VERSION } from './records';
import { schemaReady } from './schema-ready';

/** What the last storage checks found and did, newest last: shown on the options page until dismissed. */
export const HEALTH_KEY = 'health';
/** A broken record is moved here as it was, never deleted: nothing typed by the agent is thrown away. */
export const QUARANTINE_PREFIX = 'quarantine:';
const MAX_ENTRIES = 100;

export interface HealthEntry {
  at: number;
  key: string;
  /** "a personal phrase" */
  what: string;
  problem: string;
  /** Restored from the automatic backup, or (no good copy there) set aside under `quarantine:<key>`. */
  outcome: 'restored' | 'set-aside';
  backupAt?: string;
}

export interface Health {
  entries: HealthEntry[];
  /** Set when the whole store was written by a newer Composure: it is read as far as possible and not repaired. */
  newerSchema?: number;
}

export async function readHealth(): Promise<Health> {
  const local = await browser.storage.local.get([HEALTH_KEY, META_KEY]);
  const raw = local[HEALTH_KEY];
  const entries = isRecord(raw) && Array.isArray(raw.entries) ? (raw.entries.filter(isRecord) as unknown as HealthEntry[]) : [];
  const schema = storedSchema(local);
  return { entries, ...(schema !== undefined && schema > SCHEMA_VERSION ? { newerSchema: schema } : {}) };
}

export function dismissHealth(): Promise<void> {
  return browser.storage.local.remove(HEALTH_KEY);
}

/**
 * Checks every record the storage core owns. A broken one (JSON text cut short, wrong types, a schema this
 * version does not know) is moved aside as it was and replaced by its copy in the automatic backup when that
 * copy is good; every other record is left exactly as it is. Returns what it found and did.
 */
export async function checkAndRepair(now = Date.now()): Promise<HealthEntry[]> {
  await schemaReady();
  const meta = (await browser.storage.local.get(META_KEY))[META_KEY];
  if (isRecord(meta) && typeof meta.schema === 'number' && meta.schema > SCHEMA_VERSION) return [];
  const backup = await readAutoBackup();
  const found: HealthEntry[] = [];
  for (const areaName of ['local', 'sync'] as const) {
    const area = browser.storage[areaName];
    const all: Record<string, unknown> = await area.get(null).catch(() => ({}));
    for (const [key, raw] of Object.entries(all)) {
      const kind = kindOfKey(key);
      if (!kind) continue;
      const checked = checkRecord(kind, key, raw);
      if (checked.ok) continue;
      const copy = backup?.records[key];
      const restorable = copy !== undefined && checkRecord(kind, key, copy).ok;
      await browser.storage.local.set({ [QUARANTINE_PREFIX + key]: { v: SCHEMA_VERSION, at: now, problem: checked.problem, raw } });
      if (restorable) await area.set({ [key]: copy });
      else await area.remove(key);
      found.push({
        at: now,
        key,
        what: kind.what,
        problem: checked.problem,
        outcome: restorable ? 'restored' : 'set-aside',
        ...(restorable ? { backupAt: backup!.createdAt } : {}),
      });
    }
  }
  if (found.length) {
    const { entries } = await readHealth();
    await browser.storage.local.set({ [HEALTH_KEY]: { v: SCHEMA_VERSION, entries: [...entries, ...found].slice(-MAX_ENTRIES) } });
  }
  return found;
}

/** Records set aside by repairs, as they were found: the options page offers them for download. */
export async function readQuarantine(): Promise<Record<string, unknown>> {
  const all = await browser.storage.local.get(null);
  return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(QUARANTINE_PREFIX)));
}
