import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Command } from '../command';
import { UsageError, type CliIo } from '../io';
import { loadBank } from '../load-bank';
import {
  bankFormatOfName,
  exportBank,
  importBankFile,
  importInto,
  IMPORT_SOURCES,
  type FileProblem,
  type ImportRow,
  type ImportSource,
} from '../../engine/import';
import type { Bank, Phrase } from '../../engine/types';

const WHAT: Record<ImportSource, string> = {
  zendesk: 'Zendesk macros',
  freshdesk: 'Freshdesk canned responses',
  csv: 'CSV rows',
  bank: 'bank phrases',
};
const STATUSES = ['new', 'changed', 'duplicate', 'invalid'] as const;

interface ImportArgs {
  source: ImportSource;
  file: string;
  out?: string;
  dryRun: boolean;
  bankPaths: string[];
}

function parseArgs(args: readonly string[]): ImportArgs {
  let source: string | undefined;
  let file: string | undefined;
  let out: string | undefined;
  let dryRun = false;
  const bankPaths: string[] = [];
  const valueOf = (i: number, flag: string, what: string): string => {
    const value = args[i];
    if (value === undefined || (value.startsWith('-') && value !== '-')) throw new UsageError(`${flag} needs ${what} after it`);
    return value;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--from') source = valueOf(++i, '--from', `one of ${IMPORT_SOURCES.join(', ')}`);
    else if (arg === '-o' || arg === '--out') out = valueOf(++i, arg, 'the bank file to write');
    else if (arg === '--bank') bankPaths.push(valueOf(++i, '--bank', 'a bank file or directory'));
    else if (arg === '--dry-run') dryRun = true;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"; known: --from, -o/--out, --dry-run, --bank`);
    else if (file !== undefined) throw new UsageError(`one file at a time: got "${file}" and "${arg}"`);
    else file = arg;
  }
  if (source === undefined) throw new UsageError(`where from? Give --from ${IMPORT_SOURCES.join('|')}`);
  if (!(IMPORT_SOURCES as readonly string[]).includes(source)) throw new UsageError(`unknown source "${source}"; expected one of ${IMPORT_SOURCES.join(', ')}`);
  if (file === undefined) throw new UsageError('which file? Give the export to import, or - to read standard input');
  if (out === undefined && !dryRun) throw new UsageError('where to? Give -o FILE for the bank file to write, or --dry-run to only preview');
  return { source: source as ImportSource, file, ...(out === undefined ? {} : { out }), dryRun, bankPaths };
}

function located(file: string, problem: FileProblem): string {
  return problem.line === undefined ? `${file}: ${problem.message}` : `${file}:${problem.line}:${problem.column ?? 1}: ${problem.message}`;
}

/** The phrases an earlier import wrote to OUT, so importing again updates them instead of adding copies. */
function readPrevious(out: string): Phrase[] {
  if (!existsSync(out)) return [];
  const previous = importBankFile(readFileSync(out, 'utf8'), bankFormatOfName(out));
  if (previous.problem) {
    if (/holds no phrases/.test(previous.problem.message)) return [];
    throw new UsageError(`${located(out, previous.problem)}; it is not a bank file this import can add to — choose another -o`);
  }
  const broken = previous.rows.filter((r) => r.status === 'invalid');
  if (broken.length > 0) {
    throw new UsageError(`${out} holds ${broken.length} phrase(s) that do not validate (run \`composure validate ${out}\`); fix them or choose another -o, so they are not lost`);
  }
  return previous.phrases;
}

function rowName(source: ImportSource, row: ImportRow): string {
  const where = source === 'csv' ? `line ${row.row}` : String(row.row);
  return row.title && row.title !== row.row ? `${where} "${row.title}"` : where;
}

function printPreview(io: CliIo, args: ImportArgs, preview: readonly ImportRow[], notes: readonly string[]): void {
  io.out(`${args.file}: ${preview.length} ${WHAT[args.source]}`);
  for (const status of STATUSES) io.out(`  ${status.padEnd(9)}  ${String(preview.filter((r) => r.status === status).length).padStart(5)}`);
  const invalid = preview.filter((r) => r.status === 'invalid');
  if (invalid.length > 0) {
    io.out('Invalid (not imported):');
    for (const row of invalid) io.out(`  ${rowName(args.source, row)}: ${row.reason}`);
  }
  const remarks = preview.filter((r) => r.status !== 'invalid' && r.reason);
  if (remarks.length > 0 || notes.length > 0) {
    io.out('Notes:');
    for (const note of notes) io.out(`  ${note}`);
    for (const row of remarks) {
      const became = row.status === 'duplicate' ? row.status : `${row.status} ${row.phraseId}`;
      io.out(`  ${rowName(args.source, row)} → ${became}: ${row.reason}`);
    }
  }
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Import Zendesk macros, Freshdesk canned responses, a CSV sheet or a bank file as phrases',
  usage: [
    'Usage: composure import --from zendesk|freshdesk|csv|bank FILE|- -o OUT [--dry-run] [--bank PATH]…',
    '',
    'Reads an export and writes its replies as phrases to OUT, a bank file in our format. Sources:',
    '  zendesk    GET /api/v2/macros.json, or several pages of it saved as a list',
    '  freshdesk  canned responses: a list, or {"canned_responses": […], "folders": […]}',
    '  csv        a header line "title,text,category,tags" (title and text required), then one phrase per row',
    '  bank       another Composure bank file, JSON or YAML (.yaml/.yml, or told by its content); its phrases',
    '             only: rules and playbooks are not imported',
    '',
    'Prints how many entries are new, changed, duplicate and invalid, then each invalid one with the reason,',
    'then notes (placeholders turned into slots, inactive macros…). Entries are compared with the bundled',
    'phrasebank (or the --bank PATHs) and with what OUT already holds: importing again updates OUT.',
    '',
    'Options:',
    '  --from SOURCE  what the file is (required)',
    '  -o, --out OUT  the bank file to write (required unless --dry-run): YAML when it ends in .yaml or .yml,',
    '                 else JSON',
    '  --dry-run      only print the preview; write nothing',
    '  --bank PATH    compare with this bank file or directory instead of the bundled phrasebank (repeatable)',
    '',
    'Exit status: 0 when every entry was imported or already there, 1 when some were invalid (the others are',
    'still written), 2 when the file cannot be used (nothing is written) or the options are wrong.',
  ].join('\n'),
  run(args, io) {
    const options = parseArgs(args);
    let text: string;
    try {
      text = io.readInput(options.file);
    } catch (error) {
      throw new UsageError(`cannot read ${options.file === '-' ? 'standard input' : `"${options.file}"`}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const base = loadBank(options.bankPaths).bank;
    const previous = options.out ? readPrevious(options.out) : [];
    const existing: Bank = { ...base, phrases: [...base.phrases, ...previous] };
    const plan = importInto(existing, options.source, text, { bankFormat: bankFormatOfName(options.file) });
    if (plan.problem) throw new UsageError(`${located(options.file, plan.problem)} — nothing imported`);
    printPreview(io, options, plan.preview, plan.notes);

    // What OUT holds: its earlier phrases (updated) and the new ones, plus any phrase of the base bank changed.
    const changedBase = plan.merged.phrases.slice(0, base.phrases.length).filter((p, i) => p !== base.phrases[i]);
    for (const phrase of changedBase) {
      io.err(`composure import: warning: "${phrase.id}" is also in the bank compared with; OUT gets the new version — remove the old one, or \`composure validate\` will report the id twice`);
    }
    const written = [...changedBase, ...plan.merged.phrases.slice(base.phrases.length)];
    const applied = plan.preview.filter((r) => r.status === 'new' || r.status === 'changed').length;
    const invalid = plan.preview.some((r) => r.status === 'invalid');
    if (options.dryRun || !options.out) io.out('Dry run: nothing written.');
    else if (applied === 0) io.out(`Nothing new or changed: ${options.out} left as it was.`);
    else {
      writeFileSync(options.out, exportBank(written, bankFormatOfName(options.out) ?? 'json'));
      io.out(`Wrote ${written.length} phrase${written.length === 1 ? '' : 's'} to ${options.out} (${applied} new or changed).`);
    }
    return invalid ? 1 : 0;
  },
};
