import { isRecord } from './is-record';

/**
 * What is stored, one record per key so that every write is atomic: adding a phrase in one tab and pinning in
 * another never read-change-write the same value. Each record carries the schema version it was written with
 * (`v`), so one record from a newer Composure, or one broken by hand, is recognised on its own and the rest
 * stays usable.
 */
export const SCHEMA_VERSION = 2;

export type Check<T> = { ok: true; value: T } | { ok: false; problem: string };

export interface RecordKind<T> {
  /** Keys are `${prefix}${id}`. */
  prefix: string;
  area: 'local' | 'sync';
  /** What a record of this kind is, for messages ("a personal phrase"). */
  what: string;
  /** Checks the fields of a current-schema record (the envelope is checked by `checkRecord`). */
  fields(record: Record<string, unknown>, id: string): Check<T>;
  /** The fields to store for a value (without `v`). */
  store(value: T): Record<string, unknown>;
}

const ok = <T>(value: T): Check<T> => ({ ok: true, value });
const bad = <T>(problem: string): Check<T> => ({ ok: false, problem });
export const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
export const MAX_ID_LENGTH = 200;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? 'text' : `a ${typeof value}`;
}

/** A field of the wrong type, named, with what was found: what the options page shows. */
const wrongType = (field: string, expected: string, found: unknown) => `${field} should be ${expected}, found ${describe(found)}`;

/**
 * Checks one stored value against its kind: a JSON text (a record saved as a string and cut short), the wrong
 * type, a missing or unknown schema version, or a bad field each give a problem that names what is wrong.
 */
export function checkRecord<T>(kind: RecordKind<T>, key: string, raw: unknown): Check<T> {
  if (typeof raw === 'string') {
    try {
      JSON.parse(raw);
      return bad('a JSON text where a record belongs');
    } catch (error) {
      return bad(`truncated or malformed JSON (${(error as Error).message})`);
    }
  }
  if (!isRecord(raw)) return bad(`expected a record, found ${describe(raw)}`);
  if (typeof raw.v !== 'number') return bad('no schema version (v)');
  if (raw.v > SCHEMA_VERSION) return bad(`written by a newer Composure (schema ${raw.v}; this version reads schema ${SCHEMA_VERSION})`);
  if (raw.v !== SCHEMA_VERSION) return bad(`left over from schema ${raw.v}`);
  const id = key.slice(kind.prefix.length);
  if (!id || id.length > MAX_ID_LENGTH) return bad(`the key's id is empty or longer than ${MAX_ID_LENGTH} characters`);
  return kind.fields(raw, id);
}

export const recordOf = <T>(kind: RecordKind<T>, value: T) => ({ v: SCHEMA_VERSION, ...kind.store(value) });

/** A personal phrase, as written (the bank validator decides later whether it can be suggested). */
export interface StoredPhrase {
  /** Position in the agent's list: creation time, or between two neighbours for a copy. */
  order: number;
  phrase: Record<string, unknown>;
}

export const PHRASE: RecordKind<StoredPhrase> = {
  prefix: 'phrase:',
  area: 'local',
  what: 'a personal phrase',
  fields: (record, id) => {
    if (typeof record.order !== 'number' || !Number.isFinite(record.order)) return bad(wrongType('order', 'a number', record.order));
    if (!isRecord(record.phrase)) return bad(wrongType('phrase', 'a record', record.phrase));
    if (record.phrase.id !== id) return bad(`phrase.id is ${JSON.stringify(record.phrase.id)}, the key says ${JSON.stringify(id)}`);
    return ok({ order: record.order, phrase: record.phrase });
  },
  store: (value) => ({ order: value.order, phrase: value.phrase }),
};

/** A personal avoid-rule (a line to flag in drafts), as written; the bank validator decides whether it is usable. */
export interface StoredRule {
  order: number;
  rule: Record<string, unknown>;
}

export const RULE: RecordKind<StoredRule> = {
  prefix: 'rule:',
  area: 'local',
  what: 'a personal line to avoid',
  fields: (record, id) => {
    if (typeof record.order !== 'number' || !Number.isFinite(record.order)) return bad(wrongType('order', 'a number', record.order));
    if (!isRecord(record.rule)) return bad(wrongType('rule', 'a record', record.rule));
    if (record.rule.id !== id) return bad(`rule.id is ${JSON.stringify(record.rule.id)}, the key says ${JSON.stringify(id)}`);
    return ok({ order: record.order, rule: record.rule });
  },
  store: (value) => ({ order: value.order, rule: value.rule }),
};

/** Something switched on at a time: a built-in phrase switched off, a pinned phrase. */
const timestamped = (prefix: string, what: string): RecordKind<number> => ({
  prefix,
  area: 'local',
  what,
  fields: (record) => (isTime(record.at) ? ok(record.at) : bad(wrongType('at', 'a time', record.at))),
  store: (at) => ({ at }),
});

/** A built-in (or team) phrase the agent does not want suggested; the value is when they switched it off. */
export const DISABLED = timestamped('disabled:', 'a switched-off phrase');
/** A built-in (or team) line to avoid the agent switched off; the value is when. */
export const RULE_DISABLED = timestamped('rule-disabled:', 'a switched-off line to avoid');
/** A pinned phrase; the value is when it was pinned (pins are listed oldest first). */
export const PIN = timestamped('pin:', 'a pin');

export interface ChoiceCounts {
  picked: number;
  dismissed: number;
}

export const CHOICE: RecordKind<ChoiceCounts> = {
  prefix: 'choice:',
  area: 'local',
  what: 'a phrase’s pick and dismiss counts',
  fields: (record) => {
    for (const field of ['picked', 'dismissed'] as const) {
      if (!isCount(record[field])) return bad(wrongType(field, 'a whole number ≥ 0', record[field]));
    }
    return ok({ picked: record.picked as number, dismissed: record.dismissed as number });
  },
  store: (value) => ({ picked: value.picked, dismissed: value.dismissed }),
};

/** One day of use, counted on this device only. */
export interface DayStats {
  inserted: number;
  /** Inserts per phrase category. */
  byCategory: Record<string, number>;
  /** Lines to avoid the draft check flagged: each line once per ticket, when it first appears. */
  lintCaught: number;
  /** Flagged lines the agent replaced with an alternative from the sidebar. */
  lintFixed: number;
}

export const DAY_ID = /^\d{4}-\d{2}-\d{2}$/;

export const DAY: RecordKind<DayStats> = {
  prefix: 'day:',
  area: 'local',
  what: 'a day of usage stats',
  fields: (record, id) => {
    if (!DAY_ID.test(id)) return bad(`the key's date ${JSON.stringify(id)} is not YYYY-MM-DD`);
    for (const field of ['inserted', 'lintCaught', 'lintFixed'] as const) {
      if (!isCount(record[field])) return bad(wrongType(field, 'a whole number ≥ 0', record[field]));
    }
    if (!isRecord(record.byCategory)) return bad(wrongType('byCategory', 'a record', record.byCategory));
    const wrong = Object.entries(record.byCategory).find(([, n]) => !isCount(n));
    if (wrong) return bad(wrongType(`byCategory.${wrong[0]}`, 'a whole number ≥ 0', wrong[1]));
    return ok({
      inserted: record.inserted as number,
      byCategory: record.byCategory as Record<string, number>,
      lintCaught: record.lintCaught as number,
      lintFixed: record.lintFixed as number,
    });
  },
  store: (value) => ({ ...value }),
};

/** How the sidebar looks on one helpdesk site, remembered per hostname (a setting: kept in storage.sync). */
export interface SitePrefs {
  /** Off: no sidebar on this site (set from the toolbar popup). */
  enabled: boolean;
  collapsed: boolean;
  /** Sidebar width in CSS pixels, within SIDEBAR_WIDTH. */
  width: number;
}

export const SITE: RecordKind<SitePrefs> = {
  prefix: 'site:',
  area: 'sync',
  what: 'a site’s sidebar settings',
  fields: (record) => {
    for (const field of ['enabled', 'collapsed'] as const) {
      if (typeof record[field] !== 'boolean') return bad(wrongType(field, 'true or false', record[field]));
    }
    if (typeof record.width !== 'number' || !Number.isFinite(record.width)) return bad(wrongType('width', 'a number', record.width));
    return ok({ enabled: record.enabled as boolean, collapsed: record.collapsed as boolean, width: record.width });
  },
  store: (value) => ({ enabled: value.enabled, collapsed: value.collapsed, width: value.width }),
};

/** Every kind of record the storage core owns, checks, backs up and repairs. */
export const RECORD_KINDS: readonly RecordKind<unknown>[] = [PHRASE, DISABLED, RULE, RULE_DISABLED, PIN, CHOICE, DAY, SITE] as RecordKind<unknown>[];

export function kindOfKey(key: string): RecordKind<unknown> | undefined {
  return RECORD_KINDS.find((kind) => key.startsWith(kind.prefix));
}
