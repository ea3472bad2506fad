// Validation of hand-edited bank files. A bank file is one JSON object with optional lists `phrases`, `rules`
// and `playbooks` (and an optional "$schema" string); a bank is any number of such files merged.
import { CATEGORIES, type AvoidRule, type Bank, type Phrase, type Playbook } from '../types';
import { checkBank, type Located } from './bank-checks';
import { checkKeys, describeValue, isObject, quoteList } from './fields';
import { entryLabel } from './ids';
import { checkPhrase } from './phrase';
import { checkPlaybook } from './playbook';
import { ProblemSink, type Problem } from './problem';
import { checkRule } from './rule';

export interface BankFile {
  fileName: string;
  data: unknown;
}

const TOP_LEVEL_KEYS = ['$schema', 'phrases', 'rules', 'playbooks'] as const;

interface CheckedFile {
  phrases: Located<Phrase>[];
  rules: Located<AvoidRule>[];
  playbooks: Located<Playbook>[];
  /** Ids written on entries that failed their own checks: a rule naming one is not pointing at nothing. */
  brokenPhraseIds: string[];
  problems: Problem[];
}

/** Checks each entry of one list, keeping the usable ones with where they came from. */
function checkList<T>(
  file: ProblemSink,
  data: Record<string, unknown>,
  key: 'phrases' | 'rules' | 'playbooks',
  noun: string,
  check: (entry: unknown, sink: ProblemSink) => T | undefined,
  broken: string[] = [],
): Located<T>[] {
  const list = data[key];
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    file.error(key, `expected a list [ ] of ${noun} objects, found ${describeValue(list)}`);
    return [];
  }
  const usable: Located<T>[] = [];
  list.forEach((entry, index) => {
    const label = entryLabel(entry, key, index);
    const sink = file.forEntry(label);
    const value = check(entry, sink);
    if (value !== undefined) usable.push({ value, file: file.file, label, index });
    else if (label !== `${key}[${index}]`) broken.push(label);
  });
  return usable;
}

/** A phrase in `empathy.json` whose category is "apology" was most likely put in the wrong file. */
function checkCategoryMatchesFile(fileName: string, phrases: Located<Phrase>[], problems: Problem[]): void {
  const base = fileName.split(/[\\/]/).pop()!.replace(/\.json$/i, '');
  if (!(CATEGORIES as readonly string[]).includes(base)) return;
  for (const { value, label } of phrases) {
    if (value.category === base) continue;
    problems.push({
      file: fileName,
      id: label,
      field: 'category',
      message: `"${value.category}" in the file for "${base}" phrases: move it to ${value.category}.json, or fix the category`,
      severity: 'warning',
    });
  }
}

function checkFile(fileName: string, data: unknown): CheckedFile {
  const checked: CheckedFile = { phrases: [], rules: [], playbooks: [], brokenPhraseIds: [], problems: [] };
  const file = new ProblemSink(fileName, undefined, checked.problems);
  if (!isObject(data)) {
    file.error('(file)', `expected one JSON object like {"phrases": [ … ], "rules": [ … ], "playbooks": [ … ]}, found ${describeValue(data)}`);
    return checked;
  }
  checkKeys(data, TOP_LEVEL_KEYS, file, '', 'top-level key');
  if (data.$schema !== undefined && typeof data.$schema !== 'string') {
    file.error('$schema', `expected a string (the schema's path or URL), found ${describeValue(data.$schema)}`);
  }
  if (TOP_LEVEL_KEYS.slice(1).every((key) => data[key] === undefined)) {
    file.warn('(file)', `holds no ${quoteList(TOP_LEVEL_KEYS.slice(1))} list: nothing in this file is used`);
  }
  checked.phrases = checkList(file, data, 'phrases', 'phrase', checkPhrase, checked.brokenPhraseIds);
  checked.rules = checkList(file, data, 'rules', 'rule', checkRule);
  checked.playbooks = checkList(file, data, 'playbooks', 'playbook', checkPlaybook);
  checkCategoryMatchesFile(fileName, checked.phrases, checked.problems);
  return checked;
}

/** Problems in one file on its own: its shape and every entry's fields. Cross-file checks need `validateBank`. */
export function validateBankFile(fileName: string, data: unknown): Problem[] {
  return checkFile(fileName, data).problems;
}

/**
 * Checks every file, then the bank as a whole (duplicate ids, rule alternatives naming missing phrases, rules
 * flagging the bank's own phrases). The bank holds every entry that passed its own checks, minus repeats of an
 * id already taken. Problems come grouped by file, in the order the files were given.
 */
export function validateBank(files: readonly BankFile[]): { bank: Bank; problems: Problem[] } {
  const checked = files.map((f) => checkFile(f.fileName, f.data));
  const { bank, problems: bankProblems } = checkBank(
    checked.flatMap((c) => c.phrases),
    checked.flatMap((c) => c.rules),
    checked.flatMap((c) => c.playbooks),
    checked.flatMap((c) => c.brokenPhraseIds),
  );
  const fileOrder = new Map(files.map((f, i) => [f.fileName, i]));
  const problems = [...checked.flatMap((c) => c.problems), ...bankProblems];
  // Stable sort: within a file, entry problems stay before the bank-level ones found later.
  problems.sort((a, b) => (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0));
  return { bank, problems };
}

/** The merged bank the engine runs on: the usable entries of every file (see validateBank for the problems). */
export function parseBank(files: readonly BankFile[]): Bank {
  return validateBank(files).bank;
}
