import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../../engine/analyse';
import { readAbuseRows, readEmotionRows, readSituationRows, type ParsedLine, type ReadResult } from '../../engine/eval/dataset';
import { formatReport } from '../../engine/eval/format';
import { runEval } from '../../engine/eval/runner';
import type { Command } from '../command';
import { UsageError, type CliIo } from '../io';

/** The development split sits beside the repository: `<repo>/../shared/eval`, whatever the working directory. */
const DEFAULT_DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/eval');

const FILES = {
  situations: 'situations.dev.jsonl',
  emotion: 'emotion.dev.jsonl',
  abuse: 'abuse.dev.jsonl',
} as const;

const usage = `Usage: composure eval [--json] [--data DIR]

Measures the analysers on the labelled evaluation files in DIR (default: ${DEFAULT_DATA_DIR}):
  ${FILES.situations}  situations (macro-F1 over 8 labels) and Bitext's offensive-language tag
  ${FILES.emotion}    upset vs calm (balanced accuracy), and the three moods for information
  ${FILES.abuse}      abusive vs not (balanced accuracy)
Every score is given on all rows and on even and odd line indexes separately (tune on even, check on odd).

Options:
  --json      print the report as JSON
  --data DIR  read the files from DIR

Exit code: 0 all targets met, 1 a target missed, 2 bad usage or unreadable data.`;

/** Parses a JSON-lines file, reporting each unparsable line by its 1-based number; blank lines are skipped. */
function parseJsonLines(text: string, file: string, io: CliIo): ParsedLine[] {
  const parsed: ParsedLine[] = [];
  text.split('\n').forEach((raw, line) => {
    if (raw.trim() === '') return;
    try {
      parsed.push({ line, value: JSON.parse(raw) });
    } catch (error) {
      io.err(`${file}:${line + 1}: not valid JSON (${error instanceof Error ? error.message : String(error)}); line skipped`);
    }
  });
  return parsed;
}

function load<R>(dir: string, name: string, read: (lines: ParsedLine[]) => ReadResult<R>, io: CliIo): R[] {
  const path = join(dir, name);
  if (!existsSync(path)) throw new UsageError(`missing ${path}: the data directory must hold ${Object.values(FILES).join(', ')}`);
  const { rows, problems } = read(parseJsonLines(readFileSync(path, 'utf8'), path, io));
  for (const problem of problems) io.err(`${path}:${problem.line + 1}: ${problem.message}; row skipped`);
  return rows;
}

function parseArgs(args: string[]): { json: boolean; dir: string } {
  let json = false;
  let dir = DEFAULT_DATA_DIR;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--data') {
      const value = args[++i];
      if (!value) throw new UsageError('--data needs a directory');
      dir = value;
    } else throw new UsageError(`unknown argument "${arg}"\n\n${usage}`);
  }
  return { json, dir };
}

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Measure situation, mood and abuse detection on the labelled evaluation files',
  usage,
  run(args, io) {
    const { json, dir } = parseArgs(args);
    if (!existsSync(dir)) {
      throw new UsageError(`no evaluation data at ${dir}: pass --data DIR with ${Object.values(FILES).join(', ')}`);
    }
    const reports = runEval(
      {
        situations: load(dir, FILES.situations, readSituationRows, io),
        emotion: load(dir, FILES.emotion, readEmotionRows, io),
        abuse: load(dir, FILES.abuse, readAbuseRows, io),
      },
      analyse,
    );
    io.out(json ? JSON.stringify(reports, null, 2) : formatReport(reports));
    const missed = reports.flatMap((r) => r.missed);
    if (missed.length > 0 && !json) io.err(`targets missed: ${missed.join('; ')}`);
    return missed.length > 0 ? 1 : 0;
  },
};
