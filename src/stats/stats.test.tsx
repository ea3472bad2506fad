import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import type { UsageStats } from '../storage/usage-stats';
import { BarChart } from './BarChart';
import { statsCsv } from './csv';
import { lastDays, summarise } from './summary';

const stats: UsageStats = {
  days: {
    '2026-11-10': { inserted: 2, byCategory: { apology: 2 }, lintCaught: 1, lintFixed: 0 },
    '2026-11-24': { inserted: 3, byCategory: { apology: 1, closing: 2 }, lintCaught: 2, lintFixed: 2 },
  },
};
const history = { picked: { 'apology.a': 4, 'closing.b': 7, 'empathy.c': 1 }, dismissed: { 'policy.d': 2, 'policy.e': 1 } };
const options = { today: new Date(2026, 10, 24, 15), days: 7, top: 2, phraseLabel: (id: string) => `text of ${id}`, categoryLabel: (c: string) => c.toUpperCase() };

describe('stats summary', () => {
  it('lists the last days oldest first, across a month end, days without use as zero', () => {
    expect(lastDays(3, new Date(2026, 11, 1))).toEqual(['2026-11-29', '2026-11-30', '2026-12-01']);
    const { perDay } = summarise(stats, history, options);
    expect(perDay.map((b) => [b.key, b.value])).toEqual([
      ['2026-11-18', 0], ['2026-11-19', 0], ['2026-11-20', 0], ['2026-11-21', 0], ['2026-11-22', 0], ['2026-11-23', 0], ['2026-11-24', 3],
    ]);
  });

  it('totals every recorded day, per category and overall, and ranks the top phrases with their text', () => {
    const summary = summarise(stats, history, options);
    expect(summary.totals).toEqual({ inserted: 5, lintCaught: 3, lintFixed: 2, dismissed: 3 });
    expect(summary.byCategory.map((b) => [b.label, b.value])).toEqual([['APOLOGY', 3], ['CLOSING', 2]]);
    expect(summary.topPicked.map((b) => [b.label, b.value])).toEqual([['text of closing.b', 7], ['text of apology.a', 4]]);
    expect(summary.topDismissed.map((b) => b.key)).toEqual(['policy.d', 'policy.e']);
  });
});

describe('stats CSV', () => {
  it('has one row per day, a column per category, and quotes nothing it need not', () => {
    const lines = statsCsv(stats).trimEnd().split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 4)).toEqual(['date', 'inserted', 'lint_caught', 'lint_fixed']);
    const row = Object.fromEntries(header.map((h, i) => [h, lines[2]!.split(',')[i]]));
    expect(row).toMatchObject({ date: '2026-11-24', inserted: '3', inserted_closing: '2', inserted_apology: '1', inserted_empathy: '0' });
    expect(lines).toHaveLength(3);
  });
});

describe('bar chart', () => {
  it('draws one bar per value, the longest for the largest, with the figures readable as text', () => {
    const host = document.createElement('div');
    render(<BarChart title="Per day" empty="nothing" bars={[{ key: 'a', label: 'A', value: 2 }, { key: 'b', label: 'B', value: 4 }]} />, host);
    const widths = [...host.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(widths).toHaveLength(2);
    expect(widths[1]).toBeGreaterThan(widths[0]!);
    expect(host.querySelector('svg')!.getAttribute('aria-label')).toBe('Per day: A 2, B 4');
    render(<BarChart title="Per day" empty="nothing" bars={[{ key: 'a', label: 'A', value: 0 }]} />, host);
    expect(host.textContent).toBe('nothing');
  });
});
