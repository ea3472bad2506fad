import type { Category } from '../engine/types';
import { readableStore, readRecords, removeRecords, updateRecord, type ReadableStore } from './record-store';
import { DAY, type DayStats } from './records';

export type { DayStats } from './records';

export interface UsageStats {
  /** Keyed by local date, `YYYY-MM-DD`. */
  days: Record<string, DayStats>;
}

/** A year and a bit: enough for any chart the stats page draws; older days are dropped. */
export const MAX_DAYS = 400;

export const emptyDay = (): DayStats => ({ inserted: 0, byCategory: {}, lintCaught: 0, lintFixed: 0 });

/** The agent's local calendar date: "today" is the day they are working, not UTC's. */
export function dayKey(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function readUsageStats(): Promise<UsageStats> {
  const days = [...(await readRecords(DAY))].sort((a, b) => a[0].localeCompare(b[0]));
  return { days: Object.fromEntries(days.slice(-MAX_DAYS)) };
}

export const usageStats: ReadableStore<UsageStats> = readableStore([DAY], readUsageStats);

export type UsageEvent =
  | { kind: 'inserted'; category: Category }
  | { kind: 'lint-caught'; count: number }
  | { kind: 'lint-fixed' };

/** Counts one event on today's record (one small record per day): only on an action the agent took. */
export function recordUsage(event: UsageEvent, now = new Date()): Promise<DayStats> {
  return updateRecord(DAY, dayKey(now), (current) => withEvent(current ?? emptyDay(), event));
}

function withEvent(day: DayStats, event: UsageEvent): DayStats {
  if (event.kind === 'inserted') {
    return { ...day, inserted: day.inserted + 1, byCategory: { ...day.byCategory, [event.category]: (day.byCategory[event.category] ?? 0) + 1 } };
  }
  if (event.kind === 'lint-caught') return { ...day, lintCaught: day.lintCaught + Math.max(0, Math.floor(event.count) || 0) };
  return { ...day, lintFixed: day.lintFixed + 1 };
}

/** Drops every counted day (the stats page's reset), and the days beyond MAX_DAYS whenever called. */
export async function clearUsageStats(): Promise<void> {
  await removeRecords(DAY, (await readRecords(DAY)).keys());
}
