import { readFileSync } from 'node:fs';
import type { Command } from '../command';
import { formatProblem, type BankFile, type Problem } from '../../engine/bank';
import { checkTeamFile } from '../../bank/layers';
import { parseBankText } from '../../team-bank/parse-text';
import { UsageError, type CliIo } from '../io';
import { DEFAULT_BANK_DIR, loadBank, loadBankFiles, splitBankArgs } from '../load-bank';

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Entries as written in the files, usable or not: what the person editing them counts. */
function countWritten(files: readonly BankFile[], key: 'phrases' | 'rules' | 'playbooks'): number {
  return files.reduce((n, f) => {
    const list = typeof f.data === 'object' && f.data !== null ? (f.data as Record<string, unknown>)[key] : undefined;
    return n + (Array.isArray(list) ? list.length : 0);
  }, 0);
}

/** One line per problem, then the summary; the exit status (1 when there is an error). */
function report(io: CliIo, problems: readonly Problem[], what: string): number {
  for (const problem of problems) io.out(formatProblem(problem));
  const errors = problems.filter((p) => p.severity === 'error').length;
  io.out(`${what}: ${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}`);
  return errors > 0 ? 1 : 0;
}

function counted(files: readonly BankFile[]): string {
  return (['phrases', 'rules', 'playbooks'] as const).map((key) => plural(countWritten(files, key), key.slice(0, -1))).join(', ');
}

/**
 * A team bank file checked exactly as the extension checks it before use: JSON or YAML (by its extension), over
 * the built-in bank (its entries replace built-in ones with the same id; a rule alternative may name a built-in
 * phrase; a team rule must not flag a built-in phrase).
 */
function validateTeamFile(paths: readonly string[], io: CliIo): number {
  if (paths.length !== 1) throw new UsageError('--team checks one file: composure validate --team FILE');
  const file = paths[0]!;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`no such file or directory: ${file}`);
  }
  const parsed = parseBankText(file, text, '');
  if (!parsed.ok) {
    for (const line of parsed.problems.length > 0 ? parsed.problems : [parsed.error]) io.out(line);
    io.out(`${file}: not usable as a team bank`);
    return 1;
  }
  const { problems } = checkTeamFile(loadBankFiles([DEFAULT_BANK_DIR]).files, file, parsed.data);
  return report(io, problems, `${file} as a team bank over the built-in one: ${counted([{ fileName: file, data: parsed.data }])}`);
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check phrase bank files and say exactly what is wrong, where',
  usage: [
    'Usage: composure validate [FILE|DIR…]',
    '       composure validate --team FILE',
    '',
    'Checks bank files (default: the bundled phrasebank/; directories are read recursively for *.json,',
    'skipping signals/ and schema/). Prints one line per problem:',
    '',
    '  file: entry id: field: error|warning: what is wrong and what is expected',
    '',
    'then a summary. With --team, checks one team bank file (JSON, or YAML when it ends in .yaml/.yml) as the',
    'extension does before using it: over the built-in bank, whose phrases its rules may name and must not flag.',
    '',
    'Exit status: 0 when there are no errors (warnings allowed), 1 when there are errors,',
    '2 when a path does not exist.',
  ].join('\n'),
  run(args, io) {
    const { flags, paths } = splitBankArgs(args, ['--team']);
    if (flags.has('--team')) return validateTeamFile(paths, io);
    const checked = loadBank(paths);
    return report(io, checked.problems, `${plural(checked.fileNames.length, 'file')}, ${counted(checked.files)}`);
  },
};
