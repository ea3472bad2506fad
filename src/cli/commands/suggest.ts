import { createEngine } from '../../engine';
import type { TicketSnapshot } from '../../engine/types';
import type { Command } from '../command';
import { UsageError } from '../io';
import { loadBank } from '../load-bank';

const USAGE = `Usage: composure suggest [--json] [--limit N] FILE|-

Prints the phrases Composure would suggest for a customer's message (the text of FILE, or standard input
with -), in reply order, with why each was chosen. Uses the built-in phrase bank.

  --json      the analysis and suggestions as JSON
  --limit N   how many suggestions (default 8)`;

function parseArgs(args: string[]): { file: string; json: boolean; limit: number } {
  let file: string | undefined;
  let json = false;
  let limit = 8;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--limit') {
      limit = Number(args[++i]);
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit takes a whole number of at least 1');
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else if (file !== undefined) throw new UsageError('give one ticket file (or - for standard input)');
    else file = arg;
  }
  if (file === undefined) throw new UsageError('give a ticket file, or - to read standard input');
  return { file, json, limit };
}

export const suggestCommand: Command = {
  name: 'suggest',
  summary: 'print the top phrases for a ticket text (FILE or - for stdin)',
  usage: USAGE,
  run(args, io) {
    const { file, json, limit } = parseArgs(args);
    const text = io.readInput(file);
    const { bank, problems } = loadBank();
    if (problems.some((p) => p.severity === 'error')) {
      io.err('composure suggest: the built-in phrase bank has errors; run `composure validate` to see them.');
      return 2;
    }
    const engine = createEngine(bank);
    const ticket: TicketSnapshot = {
      helpdesk: 'generic',
      messages: [{ role: 'customer', text }],
      latestCustomerMessage: text,
    };
    const analysis = engine.analyse(ticket);
    const result = engine.suggest(analysis, ticket, { limit });
    if (json) {
      io.out(
        JSON.stringify(
          {
            situations: analysis.situations.map((s) => ({ id: s.id, score: s.score })),
            mood: analysis.mood.mood,
            abusive: analysis.abuse.abusive,
            playbook: result.playbook?.id ?? null,
            suggestions: result.suggestions.map((s) => ({ id: s.phrase.id, stage: s.stage, text: s.phrase.text, reasons: s.reasons })),
          },
          null,
          2,
        ),
      );
      return 0;
    }
    const situations = analysis.situations.map((s) => s.id).join(', ') || 'none';
    io.out(`Mood: ${analysis.mood.mood}${analysis.abuse.abusive ? ' (abusive language)' : ''} · Situations: ${situations}`);
    if (result.playbook) io.out(`Playbook: ${result.playbook.title}`);
    io.out('');
    result.suggestions.forEach((s, i) => {
      io.out(`${i + 1}. [${s.stage} · ${s.phrase.category}] ${s.phrase.text.replace(/\n/g, ' / ')}`);
      if (s.reasons.length) io.out(`   why: ${s.reasons.join('; ')}`);
    });
    if (result.suggestions.length === 0) io.out('No suggestions for this text.');
    return 0;
  },
};
