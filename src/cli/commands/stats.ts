import type { Command } from '../command';
import { bankStats, type BankStats } from '../../engine/bank';
import { loadBank, splitBankArgs } from '../load-bank';

function describe(stats: BankStats): string {
  const width = Math.max(...[stats.categories, stats.situations, stats.moods].flatMap((c) => Object.keys(c).map((k) => k.length)));
  // Indented "name  count" rows, counts aligned across all three tables.
  const rows = (counts: Record<string, number>): string[] =>
    Object.entries(counts).map(([name, n]) => `  ${name.padEnd(width)}  ${String(n).padStart(4)}`);
  return [
    `phrases: ${stats.phrases}`,
    `rules: ${stats.rules} (${stats.rulesWithAlternatives} with alternatives)`,
    `playbooks: ${stats.playbooks}`,
    '',
    'phrases by category:',
    ...rows(stats.categories),
    '',
    'phrases naming each situation (the others fit any situation):',
    ...rows(stats.situations),
    '',
    'phrases naming each mood (the others fit any mood):',
    ...rows(stats.moods),
  ].join('\n');
}

export const statsCommand: Command = {
  name: 'stats',
  summary: 'Count the phrase bank: phrases per category, situation and mood; rules; playbooks',
  usage: [
    'Usage: composure stats [--json] [FILE|DIR…]',
    '',
    'Counts the usable entries of a bank (default: the bundled phrasebank/). Entries with errors are not',
    'counted; run `composure validate` to see them.',
    '',
    '  --json   print the counts as one JSON object',
  ].join('\n'),
  run(args, io) {
    const { flags, paths } = splitBankArgs(args, ['--json']);
    const checked = loadBank(paths);
    const stats = bankStats(checked.bank);
    io.out(flags.has('--json') ? JSON.stringify(stats, null, 2) : describe(stats));
    const errors = checked.problems.filter((p) => p.severity === 'error').length;
    if (errors > 0) io.err(`note: the bank has ${errors} error${errors === 1 ? '' : 's'}; entries with errors are not counted (run composure validate)`);
    return 0;
  },
};
