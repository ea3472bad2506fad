import { browser } from 'wxt/browser';
import { isRecord } from './is-record';
import { CHOICE, DAY, DAY_ID, DISABLED, isCount, MAX_ID_LENGTH, PHRASE, PIN, recordOf, SCHEMA_VERSION, SITE, type RecordKind } from './records';
import { clampWidth, DEFAULT_SITE_PREFS } from './site-defaults';

/** `{ schema: n }`: the layout the stored data follows. Absent before schema 2. */
export const META_KEY = 'meta';
/** What a migration started from, kept as it was so that a migration bug can never lose data. */
export const PRE_MIGRATION_PREFIX = 'backup:schema-';

/** The changes one migration step makes; applied by `migrateStorage`, or inspected by tests. */
export interface MigrationPlan {
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
  /** Keys of the old layout, removed once the new records are written. */
  remove: string[];
}

/**
 * Schema 1, the first release: one value per feature, each rewritten whole on every change —
 * `personal` {version: 1, phrases[], disabled[]}, `pins` [ids], `choices` {picked: {id: n}, dismissed: {id: n}},
 * `stats` {version: 1, days: {date: counts}}, and `site:<host>` {enabled, collapsed, width}, all in storage.local.
 */
const SCHEMA_1_KEYS = ['personal', 'pins', 'choices', 'stats'];
const isSchema1Key = (key: string, value: unknown) =>
  SCHEMA_1_KEYS.includes(key) || (key.startsWith(SITE.prefix) && isRecord(value) && !('v' in value));

/** The schema the stored data follows: `meta.schema`; 1 when only the first layout's keys exist; undefined when empty. */
export function storedSchema(local: Record<string, unknown>): number | undefined {
  const meta = local[META_KEY];
  if (isRecord(meta) && typeof meta.schema === 'number') return meta.schema;
  return Object.entries(local).some(([key, value]) => isSchema1Key(key, value)) ? 1 : undefined;
}

const validId = (id: unknown): id is string => typeof id === 'string' && id.length > 0 && id.length <= MAX_ID_LENGTH;
const entry = <T>(kind: RecordKind<T>, id: string, value: T): [string, unknown] => [kind.prefix + id, recordOf(kind, value)];
const count = (value: unknown) => (isCount(value) ? value : 0);

/** Schema 1 → 2: every list and map split into one record per entry. Nothing valid is dropped. */
function fromSchema1(local: Record<string, unknown>, now: number): MigrationPlan {
  const records: [string, unknown][] = [];
  const personal = isRecord(local.personal) ? local.personal : {};
  const phrases = Array.isArray(personal.phrases) ? personal.phrases.filter(isRecord) : [];
  const taken = new Set<string>();
  phrases.forEach((phrase, index) => {
    // An entry without a usable id (written by hand) keeps its text under a made-up id: the agent can fix it.
    let id = validId(phrase.id) ? phrase.id : `personal.migrated-${index + 1}`;
    for (let n = 2; taken.has(id); n++) id = `${validId(phrase.id) ? phrase.id : 'personal.migrated'}-${n}`;
    taken.add(id);
    records.push(entry(PHRASE, id, { order: now + index, phrase: { ...phrase, id } }));
  });
  const disabled = Array.isArray(personal.disabled) ? personal.disabled.filter(validId) : [];
  for (const id of disabled) records.push(entry(DISABLED, id, now));
  const pins = Array.isArray(local.pins) ? local.pins.filter(validId) : [];
  pins.forEach((id, index) => records.push(entry(PIN, id, now + index)));

  const choices = isRecord(local.choices) ? local.choices : {};
  const picked = isRecord(choices.picked) ? choices.picked : {};
  const dismissed = isRecord(choices.dismissed) ? choices.dismissed : {};
  for (const id of new Set([...Object.keys(picked), ...Object.keys(dismissed)])) {
    const counts = { picked: count(picked[id]), dismissed: count(dismissed[id]) };
    if (validId(id) && counts.picked + counts.dismissed > 0) records.push(entry(CHOICE, id, counts));
  }

  const stats = isRecord(local.stats) && isRecord(local.stats.days) ? local.stats.days : {};
  for (const [date, day] of Object.entries(stats)) {
    if (!DAY_ID.test(date) || !isRecord(day)) continue;
    const byCategory = isRecord(day.byCategory) ? Object.fromEntries(Object.entries(day.byCategory).filter(([, n]) => isCount(n) && n > 0)) : {};
    records.push(entry(DAY, date, { inserted: count(day.inserted), byCategory, lintCaught: count(day.lintCaught), lintFixed: count(day.lintFixed) }));
  }

  const sync: [string, unknown][] = [];
  const remove = Object.keys(local).filter((key) => isSchema1Key(key, local[key]));
  for (const key of remove.filter((key) => key.startsWith(SITE.prefix))) {
    const site = local[key] as Record<string, unknown>;
    sync.push(
      entry(SITE, key.slice(SITE.prefix.length).toLowerCase(), {
        enabled: typeof site.enabled === 'boolean' ? site.enabled : DEFAULT_SITE_PREFS.enabled,
        collapsed: typeof site.collapsed === 'boolean' ? site.collapsed : DEFAULT_SITE_PREFS.collapsed,
        width: typeof site.width === 'number' ? clampWidth(site.width) : DEFAULT_SITE_PREFS.width,
      }),
    );
  }
  return { local: Object.fromEntries(records), sync: Object.fromEntries(sync), remove };
}

/** Migration from schema n to n + 1, for every n before the current one. */
export const MIGRATIONS: Readonly<Record<number, (local: Record<string, unknown>, now: number) => MigrationPlan>> = {
  1: fromSchema1,
};

export interface MigrationResult {
  from?: number;
  to?: number;
  /** The data was written by a newer Composure: left exactly as it is. */
  newer?: boolean;
}

/**
 * Brings storage to the current schema, one step at a time. Each step writes the new records before removing
 * the old keys and records the new version last, so an interruption at any point leaves data that the next
 * run migrates again to the same result. What a migration started from is kept under `backup:schema-<n>`.
 */
export async function migrateStorage(now = Date.now()): Promise<MigrationResult> {
  let local = await browser.storage.local.get(null);
  const from = storedSchema(local);
  if (from === undefined) {
    await browser.storage.local.set({ [META_KEY]: { schema: SCHEMA_VERSION } });
    return {};
  }
  if (from > SCHEMA_VERSION) return { from, newer: true };
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const migrate = MIGRATIONS[version];
    if (!migrate) throw new Error(`No migration from schema ${version}`);
    const plan = migrate(local, now);
    const old = Object.fromEntries(plan.remove.map((key) => [key, local[key]]));
    await browser.storage.local.set({ [`${PRE_MIGRATION_PREFIX}${version}`]: { v: SCHEMA_VERSION, at: now, data: old } });
    let keepLocally: Record<string, unknown> = {};
    try {
      if (Object.keys(plan.sync).length) await browser.storage.sync.set(plan.sync);
    } catch {
      keepLocally = plan.sync; // sync refused: the settings stay on this browser, in the new form
    }
    await browser.storage.local.set({ ...plan.local, ...keepLocally });
    const remove = plan.remove.filter((key) => !(key in keepLocally));
    if (remove.length) await browser.storage.local.remove(remove);
    await browser.storage.local.set({ [META_KEY]: { schema: version + 1 } });
    local = await browser.storage.local.get(null);
  }
  return { from, to: SCHEMA_VERSION };
}
