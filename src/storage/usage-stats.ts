import type { Category } from '../engine/types';
import { isRecord, storedValue, type StoredValue } from './stored-value';

/** One day of use, counted on this device only. */
export interface DayStats {
  inserted: number;
  byCategory: Partial<Record<Category, number>>;
  /** Lines to avoid the draft check flagged: each line once per ticket, when it first appears. */
  lintCaught: number;
  /** Flagged lines the agent replaced with an alternative from the sidebar. */
  lintFixed: number;
}

export interface UsageStats {
  version: 1;
  /** Keyed by local date, `YYYY-MM-DD`. */
  days: Record<string, DayStats>;
}

/** A year and a bit: enough for any chart the stats page draws; older days are dropped. */
export const MAX_DAYS = 400;

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const count = (value: unknown) => (isCount(value) ? value : 0);

export const emptyDay = (): DayStats => ({ inserted: 0, byCategory: {}, lintCaught: 0, lintFixed: 0 });

function parseDay(raw: unknown): DayStats {
  if (!isRecord(raw)) return emptyDay();
  const byCategory = isRecord(raw.byCategory)
    ? Object.fromEntries(Object.entries(raw.byCategory).filter((entry) => isCount(entry[1]) && entry[1] > 0))
    : {};
  return { inserted: count(raw.inserted), byCategory, lintCaught: count(raw.lintCaught), lintFixed: count(raw.lintFixed) };
}

export function parseUsageStats(raw: unknown): UsageStats {
  if (!isRecord(raw) || raw.version !== 1 || !isRecord(raw.days)) return { version: 1, days: {} };
  const keys = Object.keys(raw.days).filter((key) => DAY_KEY.test(key)).sort().slice(-MAX_DAYS);
  return { version: 1, days: Object.fromEntries(keys.map((key) => [key, parseDay((raw.days as Record<string, unknown>)[key])])) };
}

/** The agent's local calendar date: "today" is the day they are working, not UTC's. */
export function dayKey(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export const usageStats: StoredValue<UsageStats> = storedValue('stats', parseUsageStats);

export type UsageEvent =
  | { kind: 'inserted'; category: Category }
  | { kind: 'lint-caught'; count: number }
  | { kind: 'lint-fixed' };

/**
 * Writes from this page go one after another: an insert and the lint check it triggers can both count at
 * once, and two overlapping read-change-writes of the same record would lose one of the counts.
 */
let queue: Promise<unknown> = Promise.resolve();

/** Counts one event on today's record: one read and one write, only on an action the agent took. */
export function recordUsage(event: UsageEvent, store: StoredValue<UsageStats> = usageStats, now = new Date()): Promise<UsageStats> {
  const write = queue.then(() => store.update((stats) => withEvent(stats, event, dayKey(now))));
  queue = write.catch(() => undefined);
  return write;
}

function withEvent(stats: UsageStats, event: UsageEvent, key: string): UsageStats {
  const day = { ...emptyDay(), ...stats.days[key] };
  if (event.kind === 'inserted') {
    day.inserted += 1;
    day.byCategory = { ...day.byCategory, [event.category]: (day.byCategory[event.category] ?? 0) + 1 };
  } else if (event.kind === 'lint-caught') {
    day.lintCaught += count(event.count);
  } else {
    day.lintFixed += 1;
  }
  return parseUsageStats({ ...stats, days: { ...stats.days, [key]: day } });
}
