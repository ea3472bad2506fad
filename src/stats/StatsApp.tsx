import { useEffect, useState } from 'preact/hooks';
import { mergePersonal } from '../bank/builtin';
import { readTeamBank } from '../team-bank/cache';
import { fillPlaceholders } from '../engine/fill';
import type { ChoiceHistory } from '../engine/suggest/types';
import { choiceHistory, clearChoiceHistory } from '../storage/choice-history';
import { personalPhrases } from '../storage/personal-phrases';
import { clearUsageStats, usageStats, type UsageStats } from '../storage/usage-stats';
import { CATEGORY_LABELS } from '../ui/labels';
import { BarChart } from './BarChart';
import { statsCsv } from './csv';
import { summarise } from './summary';

const DAYS = 14;
const TOP = 10;

interface Loaded {
  stats: UsageStats;
  history: ChoiceHistory;
  /** Phrase id → its text, for the top-phrases charts (built-in and personal). */
  texts: Map<string, string>;
}

async function load(): Promise<Loaded> {
  const [stats, history, personal, team] = await Promise.all([usageStats.get(), choiceHistory.get(), personalPhrases.get(), readTeamBank().catch(() => undefined)]);
  // Team phrases too: an insert of one shows its text. Placeholders left out, as the phrase reads with no ticket: "Hi {{…first_name}}, sorry" → "Hi, sorry".
  const texts = new Map(mergePersonal(personal, team).bank.phrases.map((p) => [p.id, fillPlaceholders(p.text).text]));
  return { stats, history, texts };
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The local stats page: what the agent used Composure for, counted in this browser only, never sent anywhere. */
export function StatsApp() {
  const [data, setData] = useState<Loaded | null>(null);
  useEffect(() => {
    const reload = () => void load().then(setData);
    reload();
    const stops = [usageStats.watch(reload), choiceHistory.watch(reload)];
    return () => stops.forEach((stop) => stop());
  }, []);
  if (!data) return <p class="muted">Loading…</p>;

  const summary = summarise(data.stats, data.history, {
    today: new Date(),
    days: DAYS,
    top: TOP,
    phraseLabel: (id) => data.texts.get(id) ?? id,
    categoryLabel: (c) => CATEGORY_LABELS[c] ?? c,
  });
  const reset = async () => {
    if (!confirm('Reset all stats? This also forgets which phrases you picked and dismissed, which the sidebar uses to rank suggestions.')) return;
    await Promise.all([clearUsageStats(), clearChoiceHistory()]);
    setData(await load());
  };

  return (
    <main class="options stats">
      <header>
        <img src="/icon-32.png" alt="" width="24" height="24" />
        <h1>Composure stats</h1>
      </header>
      <p class="muted">Counted in this browser only. Nothing here leaves your computer.</p>
      <dl class="totals" data-testid="totals">
        <div>
          <dt>Phrases inserted</dt>
          <dd data-testid="total-inserted">{summary.totals.inserted}</dd>
        </div>
        <div>
          <dt>Lines to avoid caught</dt>
          <dd data-testid="total-lint-caught">{summary.totals.lintCaught}</dd>
        </div>
        <div>
          <dt>…and fixed from the sidebar</dt>
          <dd data-testid="total-lint-fixed">{summary.totals.lintFixed}</dd>
        </div>
        <div>
          <dt>Suggestions dismissed</dt>
          <dd data-testid="total-dismissed">{summary.totals.dismissed}</dd>
        </div>
      </dl>
      <section data-testid="chart-per-day">
        <h2>Inserted per day, last {DAYS} days</h2>
        <BarChart title="Phrases inserted per day" bars={summary.perDay} empty="Nothing inserted in the last two weeks." />
      </section>
      <section data-testid="chart-by-category">
        <h2>Inserted per category</h2>
        <BarChart title="Phrases inserted per category" bars={summary.byCategory} empty="Nothing inserted yet." />
      </section>
      <section data-testid="chart-top-picked">
        <h2>Your top phrases</h2>
        <BarChart title="Most inserted phrases" bars={summary.topPicked} empty="No phrase picked yet." />
      </section>
      <section data-testid="chart-top-dismissed">
        <h2>Most dismissed suggestions</h2>
        <BarChart title="Most dismissed suggestions" bars={summary.topDismissed} empty="No suggestion dismissed yet." />
      </section>
      <div class="actions">
        <button type="button" class="primary" data-testid="stats-export" onClick={() => download(`composure-stats-${new Date().toISOString().slice(0, 10)}.csv`, statsCsv(data.stats))}>
          Export CSV
        </button>
        <button type="button" data-testid="stats-reset" onClick={() => void reset()}>
          Reset stats
        </button>
      </div>
    </main>
  );
}
