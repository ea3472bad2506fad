// Another Composure bank file (our format, in JSON or YAML, as `composure import` or the options page's export
// writes it, or as a team lead keeps it). Its phrases are taken as they are, after the bank's own checks; rules
// and playbooks are not imported (they are reviewed by hand: a rule can flag every phrase of the bank it joins).
import { validateBank } from '../bank';
import { describeValue, isObject } from '../bank/fields';
import { describeShape, readJson } from './read-json';
import { readYaml } from './read-yaml';
import type { Phrase } from '../types';
import { failed, type ImportResult, type ImportRow } from './types';

function readLabel(value: unknown): string | undefined | { error: string } {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || /[\r\n]/.test(value)) return { error: `label: expected a one-line title, found ${describeValue(value)}` };
  return value.trim();
}

function readEntry(entry: unknown, index: number, seen: Set<string>): { phrase?: Phrase; row: ImportRow } {
  const id = isObject(entry) && typeof entry.id === 'string' && entry.id.trim() !== '' ? entry.id : undefined;
  const row = id ?? `phrases[${index}]`;
  if (!isObject(entry)) return { row: { row, title: '', status: 'invalid', reason: `expected a phrase object, found ${describeValue(entry)}` } };
  const { label: rawLabel, ...rest } = entry;
  const label = readLabel(rawLabel);
  const title = typeof label === 'string' ? label : (id ?? '');
  const invalid = (reason: string) => ({ row: { row, title, status: 'invalid' as const, reason } });
  const { bank, problems } = validateBank([{ fileName: 'import', data: { phrases: [rest] } }]);
  const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.field}: ${p.message}`);
  if (typeof label === 'object') errors.push(label.error);
  if (errors.length > 0) return invalid(errors.join('; '));
  const phrase: Phrase = { ...bank.phrases[0]!, ...(typeof label === 'string' ? { label } : {}) };
  if (seen.has(phrase.id)) return invalid(`id: another phrase earlier in this file already has the id "${phrase.id}"`);
  seen.add(phrase.id);
  return { phrase, row: { row, title, status: 'new', phraseId: phrase.id } };
}

export type BankFormat = 'json' | 'yaml';

/** The format a file name says (`.json`, `.yaml`, `.yml`), or undefined when it says nothing. */
export function bankFormatOfName(fileName: string): BankFormat | undefined {
  if (/\.json$/i.test(fileName)) return 'json';
  if (/\.ya?ml$/i.test(fileName)) return 'yaml';
  return undefined;
}

/**
 * The format the text itself suggests: JSON starts with `{` or `[` (YAML could read it too, but the JSON reader
 * explains JSON mistakes better); anything else — `phrases:`, a `#` comment, `---` — is YAML.
 */
export function bankFormatOfText(text: string): BankFormat {
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'yaml';
}

/** Reads a bank file: in `format` when the caller knows it (from the file's name), else as its text suggests. */
export function importBankFile(text: string, format: BankFormat = bankFormatOfText(text)): ImportResult {
  const read = format === 'yaml' ? readYaml(text) : readJson(text);
  if ('problem' in read) return failed(read.problem);
  const data = read.data;
  if (!isObject(data) || !('phrases' in data)) {
    const expected = format === 'yaml' ? 'a top-level "phrases:" list' : '{"phrases": [ … ]}';
    return failed({ message: `expected a Composure bank file: ${expected}; found ${describeShape(data)}` });
  }
  if (!Array.isArray(data.phrases)) return failed({ message: `"phrases" should be a list [ … ] of phrase objects; found ${describeValue(data.phrases)}` });
  if (data.phrases.length === 0) return failed({ message: 'the file holds no phrases (the "phrases" list is empty)' });
  const skipped = (['rules', 'playbooks'] as const)
    .map((key) => [key, Array.isArray(data[key]) ? (data[key] as unknown[]).length : 0] as const)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => `${n} ${n === 1 ? key.slice(0, -1) : key}`);
  const notes = skipped.length > 0 ? [`${skipped.join(' and ')} not imported: only phrases are`] : [];
  const seen = new Set<string>();
  const phrases: Phrase[] = [];
  const rows = data.phrases.map((entry, i) => {
    const read = readEntry(entry, i, seen);
    if (read.phrase) phrases.push(read.phrase);
    return read.row;
  });
  return { phrases, rows, notes };
}
