import { CATEGORIES } from '../engine/types';
import type { UsageStats } from '../storage/usage-stats';

/** A field as CSV wants it: quoted when it holds a comma, quote or line break. */
function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per recorded day, oldest first: totals, then one column per category (spreadsheet-ready). */
export function statsCsv(stats: UsageStats): string {
  const header = ['date', 'inserted', 'lint_caught', 'lint_fixed', ...CATEGORIES.map((c) => `inserted_${c}`)];
  const rows = Object.keys(stats.days)
    .sort()
    .map((key) => {
      const day = stats.days[key]!;
      return [key, day.inserted, day.lintCaught, day.lintFixed, ...CATEGORIES.map((c) => day.byCategory[c] ?? 0)];
    });
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
