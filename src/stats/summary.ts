// What the stats page shows, worked out from the two stored records: per-day counts (usage-stats) and picks and
// dismissals per phrase (choice-history). Pure: the page and the tests give it the records and "today".
import type { ChoiceHistory } from '../engine/suggest/types';
import type { Category } from '../engine/types';
import { dayKey, type UsageStats } from '../storage/usage-stats';

export interface Bar {
  key: string;
  label: string;
  value: number;
}

export interface StatsSummary {
  /** The last `days` days, oldest first, days without use included as zero. */
  perDay: Bar[];
  byCategory: Bar[];
  topPicked: Bar[];
  topDismissed: Bar[];
  totals: { inserted: number; lintCaught: number; lintFixed: number; dismissed: number };
}

const byValue = (a: Bar, b: Bar) => b.value - a.value || a.label.localeCompare(b.label);

/** The `count` dates ending today, oldest first, as `YYYY-MM-DD` in local time. */
export function lastDays(count: number, today: Date): string[] {
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (count - 1 - i));
    return dayKey(date);
  });
}

function topOf(counts: Record<string, number>, label: (id: string) => string, limit: number): Bar[] {
  return Object.entries(counts)
    .map(([key, value]) => ({ key, label: label(key), value }))
    .sort(byValue)
    .slice(0, limit);
}

export function summarise(
  stats: UsageStats,
  history: ChoiceHistory,
  options: { today: Date; days: number; top: number; phraseLabel: (id: string) => string; categoryLabel: (c: Category) => string },
): StatsSummary {
  const perDay = lastDays(options.days, options.today).map((key) => ({ key, label: key.slice(5), value: stats.days[key]?.inserted ?? 0 }));
  const categories: Record<string, number> = {};
  const totals = { inserted: 0, lintCaught: 0, lintFixed: 0, dismissed: 0 };
  for (const day of Object.values(stats.days)) {
    totals.inserted += day.inserted;
    totals.lintCaught += day.lintCaught;
    totals.lintFixed += day.lintFixed;
    for (const [category, n] of Object.entries(day.byCategory)) categories[category] = (categories[category] ?? 0) + (n ?? 0);
  }
  totals.dismissed = Object.values(history.dismissed).reduce((sum, n) => sum + n, 0);
  return {
    perDay,
    byCategory: topOf(categories, (c) => options.categoryLabel(c as Category), Infinity),
    topPicked: topOf(history.picked, options.phraseLabel, options.top),
    topDismissed: topOf(history.dismissed, options.phraseLabel, options.top),
    totals,
  };
}
