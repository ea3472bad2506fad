import { browser } from 'wxt/browser';
import { checkRecord, recordOf, SCHEMA_VERSION, type RecordKind } from './records';
import { schemaReady } from './schema-ready';

type AreaName = 'local' | 'sync';

/** Where a setting went when storage.sync refused it (quota, rate limit, sync switched off): shown on the options page. */
export const SYNC_FALLBACK_KEY = 'sync-fallback';

export interface SyncFallback {
  v: number;
  at: number;
  reason: string;
}

const area = (name: AreaName) => browser.storage[name];

/**
 * The keys in an area without reading their values: `getKeys` (Chrome 130+, Firefox 143+) keeps a read of
 * a few pins from also copying a large team bank across; older browsers read everything once.
 */
async function keysIn(name: AreaName): Promise<string[]> {
  const storage = area(name) as { getKeys?: () => Promise<string[]> } & ReturnType<typeof area>;
  if (typeof storage.getKeys === 'function') return storage.getKeys();
  return Object.keys(await storage.get(null));
}

async function readPrefix(name: AreaName, prefix: string): Promise<Record<string, unknown>> {
  const keys = (await keysIn(name)).filter((key) => key.startsWith(prefix));
  return keys.length ? area(name).get(keys) : {};
}

/**
 * The stored values of one kind, by key. A setting kept locally because sync refused it wins over the
 * sync copy: it is the newer write.
 */
export async function readRaw(kind: RecordKind<unknown>): Promise<Record<string, unknown>> {
  await schemaReady();
  if (kind.area === 'local') return readPrefix('local', kind.prefix);
  const [synced, fallback] = await Promise.all([readPrefix('sync', kind.prefix).catch(() => ({})), readPrefix('local', kind.prefix)]);
  return { ...synced, ...fallback };
}

/** The valid records of one kind, by id. Broken ones are skipped here; the storage check reports and repairs them. */
export async function readRecords<T>(kind: RecordKind<T>): Promise<Map<string, T>> {
  const raw = await readRaw(kind as RecordKind<unknown>);
  const records = new Map<string, T>();
  for (const [key, value] of Object.entries(raw)) {
    const checked = checkRecord(kind, key, value);
    if (checked.ok) records.set(key.slice(kind.prefix.length), checked.value);
  }
  return records;
}

export async function readRecord<T>(kind: RecordKind<T>, id: string): Promise<T | undefined> {
  await schemaReady();
  const key = kind.prefix + id;
  const local = (await area('local').get(key))[key];
  const raw = local === undefined && kind.area === 'sync' ? (await area('sync').get(key).catch(() => ({})) as Record<string, unknown>)[key] : local;
  const checked = raw === undefined ? undefined : checkRecord(kind, key, raw);
  return checked?.ok ? checked.value : undefined;
}

/** Writes records in one storage call: each key is replaced whole, so no other record can be lost by it. */
export async function putRecords<T>(kind: RecordKind<T>, entries: Iterable<readonly [string, T]>): Promise<void> {
  await schemaReady();
  const items = Object.fromEntries([...entries].map(([id, value]) => [kind.prefix + id, recordOf(kind, value)]));
  if (Object.keys(items).length === 0) return;
  if (kind.area === 'local') return area('local').set(items);
  await putSynced(items);
}

export async function removeRecords(kind: RecordKind<unknown>, ids: Iterable<string>): Promise<void> {
  await schemaReady();
  const keys = [...ids].map((id) => kind.prefix + id);
  if (keys.length === 0) return;
  await area('local').remove(keys);
  if (kind.area === 'sync') await area('sync').remove(keys).catch(() => undefined);
}

/** Sync's limits (Chrome's; Firefox's are the same or looser): larger items never fit, so they are not tried. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;

/**
 * Settings go to storage.sync so they follow the agent to their other browsers. When sync refuses a write
 * (an item over its 8 KB, the 100 KB total, 512 items, 120 writes a minute, or no sync at all) the setting
 * is kept in storage.local instead, which always works, and the reason is recorded for the options page.
 */
async function putSynced(items: Record<string, unknown>): Promise<void> {
  const tooLarge = Object.entries(items).find(([key, value]) => key.length + JSON.stringify(value).length > SYNC_QUOTA_BYTES_PER_ITEM);
  try {
    if (tooLarge) throw new Error(`${tooLarge[0]} is larger than sync's ${SYNC_QUOTA_BYTES_PER_ITEM} bytes per item`);
    await area('sync').set(items);
  } catch (error) {
    const fallback: SyncFallback = { v: SCHEMA_VERSION, at: Date.now(), reason: (error as Error)?.message || String(error) };
    await area('local').set({ ...items, [SYNC_FALLBACK_KEY]: fallback });
    return;
  }
  // Synced: a local copy left by an earlier refusal would now shadow the newer value.
  const keys = Object.keys(items);
  const shadowing = Object.entries(await area('local').get(keys))
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);
  if (shadowing.length) await area('local').remove(shadowing);
}

/** Why settings are on this browser only, when they are. */
export async function readSyncFallback(): Promise<SyncFallback | undefined> {
  const raw = (await area('local').get(SYNC_FALLBACK_KEY))[SYNC_FALLBACK_KEY] as SyncFallback | undefined;
  return raw && typeof raw.reason === 'string' && typeof raw.at === 'number' ? raw : undefined;
}

/**
 * Reads, changes and writes back one record. Writes from this page go one after another, so two quick
 * clicks here are both counted. Two tabs changing the same record at the same instant can still lose one
 * change of that one record, never another record (counts only: phrases are never updated this way).
 */
let queue: Promise<unknown> = Promise.resolve();
export function updateRecord<T>(kind: RecordKind<T>, id: string, change: (current: T | undefined) => T): Promise<T> {
  const write = queue.then(async () => {
    const next = change(await readRecord(kind, id));
    await putRecords(kind, [[id, next]]);
    return next;
  });
  queue = write.catch(() => undefined);
  return write;
}

/**
 * Calls `onChange` whenever a record of these kinds changes (only the record `id`, when given), in any tab or
 * extension page. Returns an unsubscribe.
 */
export function watchKinds(kinds: readonly RecordKind<unknown>[], onChange: () => void, id?: string): () => void {
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    const touched = Object.keys(changes).some((key) =>
      kinds.some(
        (kind) =>
          (id === undefined ? key.startsWith(kind.prefix) : key === kind.prefix + id) && (areaName === kind.area || areaName === 'local'),
      ),
    );
    if (touched) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  // After an extension reload the old content script has no `browser.storage` left: nothing to unhook.
  return () => browser.storage?.onChanged.removeListener(listener);
}

/** A value read from records, and followed as it changes. */
export interface ReadableStore<T> {
  get(): Promise<T>;
  /** Calls `onChange` with the new value whenever it changes (in any tab or in the popup). Returns an unsubscribe. */
  watch(onChange: (value: T) => void): () => void;
}

/** A value that is one record: read, written whole, followed. */
export interface StoredValue<T> extends ReadableStore<T> {
  set(value: T): Promise<void>;
  /** Reads, changes and writes back (one record: nothing else can be lost by it). */
  update(change: (current: T) => T): Promise<T>;
}

export function readableStore<T>(kinds: readonly RecordKind<unknown>[], get: () => Promise<T>): ReadableStore<T> {
  return {
    get,
    watch: (onChange) => watchKinds(kinds, () => void get().then(onChange, () => undefined)),
  };
}
