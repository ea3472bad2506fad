import type { Command } from '../command';
import { formatProblem } from '../../engine/bank';
import type { BankFile } from '../../engine/bank';
import { loadBank, splitBankArgs } from '../load-bank';

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

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check phrase bank files and say exactly what is wrong, where',
  usage: [
    'Usage: composure validate [FILE|DIR…]',
    '',
    'Checks bank files (default: the bundled phrasebank/; directories are read recursively for *.json,',
    'skipping signals/ and schema/). Prints one line per problem:',
    '',
    '  file: entry id: field: error|warning: what is wrong and what is expected',
    '',
    'then a summary. Exit status: 0 when there are no errors (warnings allowed), 1 when there are errors,',
    '2 when a path does not exist.',
  ].join('\n'),
  run(args, io) {
    const { paths } = splitBankArgs(args, []);
    const checked = loadBank(paths);
    for (const problem of checked.problems) io.out(formatProblem(problem));
    const errors = checked.problems.filter((p) => p.severity === 'error').length;
    const warnings = checked.problems.length - errors;
    const counts = [
      plural(checked.fileNames.length, 'file'),
      plural(countWritten(checked.files, 'phrases'), 'phrase'),
      plural(countWritten(checked.files, 'rules'), 'rule'),
      plural(countWritten(checked.files, 'playbooks'), 'playbook'),
    ];
    io.out(`${counts.join(', ')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
    return errors > 0 ? 1 : 0;
  },
};
