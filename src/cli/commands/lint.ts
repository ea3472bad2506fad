import { basename, join, relative } from 'node:path';
import type { Command } from '../command';
import { UsageError, type CliIo } from '../io';
import { DEFAULT_BANK_DIR, loadBank, type CheckedBank } from '../load-bank';
import { formatProblem, type Problem } from '../../engine/bank';
import { fillPlaceholders } from '../../engine/fill';
import { compileRules, lint } from '../../engine/lint';
import type { LintFinding } from '../../engine/types';

const RULES_FILE = 'avoid-rules.json';

interface LintArgs {
  draft: string;
  json: boolean;
  bankPaths: string[];
}

function parseArgs(args: readonly string[]): LintArgs {
  let draft: string | undefined;
  let json = false;
  const bankPaths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--bank') {
      const path = args[++i];
      if (path === undefined || path.startsWith('--')) throw new UsageError('--bank needs a file or directory after it');
      bankPaths.push(path);
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"; known: --json, --bank PATH`);
    else if (draft !== undefined) throw new UsageError(`one draft at a time: got "${draft}" and "${arg}"`);
    else draft = arg;
  }
  if (draft === undefined) throw new UsageError('which draft? Give a file, or - to read standard input');
  return { draft, json, bankPaths };
}

function readDraft(io: CliIo, file: string): string {
  try {
    return io.readInput(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`cannot read the draft ${file === '-' ? 'from standard input' : `"${file}"`}: ${reason}`);
  }
}

/** A problem that leaves a file unusable as a whole: unreadable, bad JSON, or not the expected shape. */
const isFileLevel = (p: Problem) => p.severity === 'error' && p.id === undefined;

/**
 * Loads the rules (and the phrases their alternatives name). A missing or malformed rules file stops the command
 * with its problems; entry-level errors are reported as a warning, and the usable rules still run.
 */
function loadRules(bankPaths: string[], io: CliIo): CheckedBank {
  const checked = loadBank(bankPaths);
  const ruleFiles = new Set(
    checked.files.filter((f) => typeof f.data === 'object' && f.data !== null && 'rules' in f.data).map((f) => f.fileName),
  );
  for (const name of checked.fileNames) if (basename(name) === RULES_FILE) ruleFiles.add(name);
  if (bankPaths.length === 0 && ![...ruleFiles].some((name) => basename(name) === RULES_FILE)) {
    throw new UsageError(`rules file not found: ${relative(process.cwd(), join(DEFAULT_BANK_DIR, RULES_FILE))}`);
  }
  const ruleProblems = checked.problems.filter((p) => ruleFiles.has(p.file) && p.severity === 'error');
  const broken = ruleProblems.filter(isFileLevel);
  if (broken.length > 0) {
    throw new UsageError(`cannot use the rules file:\n${broken.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  }
  const shown = [...ruleFiles].join(', ') || bankPaths.join(', ');
  if (checked.bank.rules.length === 0) throw new UsageError(`no usable avoid-rules in ${shown}`);
  if (ruleProblems.length > 0) {
    io.err(`composure lint: warning: ${ruleProblems.length} error(s) in ${shown}; run \`composure validate\` to see them`);
  }
  return checked;
}

/** Turns offsets into `LINE:COL` (1-based; columns count characters as a person does, not UTF-16 units). */
function positions(text: string): (offset: number) => string {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return `${low + 1}:${Array.from(text.slice(lineStarts[low], offset)).length + 1}`;
  };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** An alternative as an agent would insert it with no ticket open: placeholders tidied away, slots shown. */
const readable = (alternative: string) => oneLine(fillPlaceholders(alternative).text);

function formatFinding(finding: LintFinding, position: (offset: number) => string): string {
  const alternatives = finding.alternatives.map(readable).join(' | ');
  return `${position(finding.start)}  ${finding.severity}  ${finding.ruleId}  "${oneLine(finding.found)}"  — ${finding.why}  → ${alternatives}`;
}

function summary(findings: readonly LintFinding[]): string {
  if (findings.length === 0) return 'No lines to avoid.';
  const counts = (['error', 'warning', 'info'] as const)
    .map((severity) => [severity, findings.filter((f) => f.severity === severity).length] as const)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${n} ${severity}${n === 1 || severity === 'info' ? '' : 's'}`);
  return `${findings.length} line${findings.length === 1 ? '' : 's'} to avoid: ${counts.join(', ')}`;
}

export const lintCommand: Command = {
  name: 'lint',
  summary: 'Check a reply draft for lines to avoid, with why and what to say instead',
  usage: [
    'Usage: composure lint [--json] [--bank PATH]… FILE|-',
    '',
    'Checks a reply draft (a file, or - for standard input) against the avoid-rules of the bundled',
    `phrasebank/${RULES_FILE}. Prints one line per finding:`,
    '',
    '  LINE:COL  severity  rule-id  "found"  — why  → alternative1 | alternative2',
    '',
    'Quoted text (lines starting with >, text in quotation marks) is not checked.',
    '',
    'Options:',
    '  --json       print the findings as a JSON array (start/end are offsets into the draft)',
    '  --bank PATH  read the rules and phrases from this bank file or directory instead (repeatable)',
    '',
    'Exit status: 0 when nothing of severity warning or error was found, 1 when something was,',
    '2 when the draft or the rules cannot be read.',
  ].join('\n'),
  run(args, io) {
    const options = parseArgs(args);
    const draft = readDraft(io, options.draft);
    const { bank } = loadRules(options.bankPaths, io);
    const findings = lint(draft, compileRules(bank.rules, bank.phrases));
    if (options.json) io.out(JSON.stringify(findings, null, 2));
    else {
      const position = positions(draft);
      for (const finding of findings) io.out(formatFinding(finding, position));
      io.out(summary(findings));
    }
    return findings.some((f) => f.severity !== 'info') ? 1 : 0;
  },
};
