import type { Metrics } from './metrics';
import { SPLITS, type TaskReport } from './runner';

/** Plain-text rendering of an eval report: per task the headline scores per split, per-class scores, confusion. */

function num(value: number): string {
  return value.toFixed(3);
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
  return rows.map((r) => '  ' + r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  '));
}

function confusion(metrics: Metrics): string[] {
  const { labels, counts } = metrics.confusion;
  return table([['gold \\ predicted', ...labels], ...labels.map((label, i) => [label, ...counts[i]!.map(String)])]);
}

function perClass(metrics: Metrics): string[] {
  return table([
    ['class', 'support', 'precision', 'recall', 'F1'],
    ...metrics.perClass.map((c) => [c.label, String(c.support), num(c.precision), num(c.recall), num(c.f1)]),
  ]);
}

function targetText(report: TaskReport): string {
  if (report.targets.length === 0) return '';
  const parts = report.targets.map((t) => (t.min !== undefined ? `${t.score} ≥ ${t.min}` : `${t.score} ≤ ${t.atMost}`));
  return `  target on all rows: ${parts.join(', ')} — ${report.missed.length === 0 ? 'met' : 'MISSED'}`;
}

export function formatReport(reports: TaskReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    const scoreNames = Object.keys(report.scores.all);
    lines.push(report.title);
    lines.push(...table([['', ...SPLITS.map((s) => `${s} (${report.metrics[s].total})`)], ...scoreNames.map((name) => [name, ...SPLITS.map((s) => num(report.scores[s][name]!))])]));
    const target = targetText(report);
    if (target) lines.push(target);
    lines.push('  per class, all rows:');
    lines.push(...perClass(report.metrics.all));
    lines.push('  confusion, all rows:');
    lines.push(...confusion(report.metrics.all));
    lines.push('');
  }
  return lines.join('\n');
}
