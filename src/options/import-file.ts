// What the options page's import does with a file before anything is stored: tell what kind of export it is,
// refuse one too large to read, plan it against the bank the agent has, and say which phrases "Import" writes.
// No DOM and no storage here, so all of it is tested without a browser.
import { isObject } from '../engine/bank/fields';
import {
  bankFormatOfName,
  bankFormatOfText,
  importInto,
  type FileProblem,
  type ImportPlan,
  type ImportRow,
  type ImportSource,
  type ImportStatus,
} from '../engine/import';
import { readJson } from '../engine/import/read-json';
import type { Bank, Phrase } from '../engine/types';

/** A macro export of a few thousand entries is 2–5 MB; past this a page would hang reading it, for nothing useful. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const SOURCE_LABELS: Readonly<Record<ImportSource, string>> = {
  zendesk: 'Zendesk macros (JSON)',
  freshdesk: 'Freshdesk canned responses (JSON)',
  csv: 'CSV sheet (title, text, category, tags)',
  bank: 'Composure bank (JSON or YAML)',
};

export type SourceChoice = ImportSource | 'auto';
export const STATUSES: readonly ImportStatus[] = ['new', 'changed', 'duplicate', 'invalid'];

const sizeText = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Why a file of this size is refused, or undefined when it can be read. */
export function sizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  return `The file is ${sizeText(bytes)}; the import reads files up to ${sizeText(MAX_IMPORT_BYTES)}. Export fewer macros or responses at a time (one folder, or one page of the API) and import each file.`;
}

/** The kind of export parsed JSON data is, by the keys each helpdesk's API writes. */
function sourceOfJson(data: unknown): ImportSource | undefined {
  const items: unknown[] = Array.isArray(data) ? data : [data];
  const has = (key: string) => items.some((item) => isObject(item) && key in item);
  if (has('macros') || has('macro') || has('actions')) return 'zendesk';
  if (has('canned_responses') || has('content_html') || has('content')) return 'freshdesk';
  if (!Array.isArray(data) && has('phrases')) return 'bank';
  return undefined;
}

/** What kind of export the file is, from its name and its text; undefined when neither tells. */
export function detectSource(fileName: string, text: string): ImportSource | undefined {
  if (/\.csv$/i.test(fileName)) return 'csv';
  if (bankFormatOfName(fileName) === 'yaml') return 'bank';
  if (bankFormatOfText(text) === 'json') {
    const read = readJson(text);
    return 'data' in read ? sourceOfJson(read.data) : undefined;
  }
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!.toLowerCase();
  const columns = firstLine.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  if (columns.includes('title') && columns.includes('text')) return 'csv';
  if (/^phrases\s*:/m.test(text)) return 'bank';
  return undefined;
}

/** "line 4, column 11: not valid JSON: …" */
export function describeProblem(problem: FileProblem): string {
  if (problem.line === undefined) return problem.message;
  return `line ${problem.line}, column ${problem.column ?? 1}: ${problem.message}`;
}

/** What the agent has: the bank their sidebar runs on, and their personal phrases as stored. */
export interface AgentBank {
  bank: Bank;
  personal: readonly Record<string, unknown>[];
  /** At most this many personal phrases (see src/storage/personal-phrases.ts). */
  limit: number;
}

export type PreparedImport =
  | { kind: 'problem'; source?: ImportSource; detected: boolean; message: string }
  | {
      kind: 'plan';
      source: ImportSource;
      /** True when the source came from the file, not from the agent's choice. */
      detected: boolean;
      rows: ImportRow[];
      notes: string[];
      counts: Record<ImportStatus, number>;
      /** The phrases "Import" writes, as storage keeps them: every new and changed one, in file order. */
      toApply: Record<string, unknown>[];
      /** Why nothing can be applied although some rows could (too many phrases). */
      blocked?: string;
    };

export function countStatuses(rows: readonly ImportRow[]): Record<ImportStatus, number> {
  const counts: Record<ImportStatus, number> = { new: 0, changed: 0, duplicate: 0, invalid: 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
}

/** New and changed rows' phrases, as the plan's merged bank holds them (a changed macro keeps the id it had). */
export function phrasesToApply(plan: ImportPlan): Phrase[] {
  const byId = new Map(plan.merged.phrases.map((p) => [p.id, p]));
  return plan.preview
    .filter((row) => (row.status === 'new' || row.status === 'changed') && row.phraseId !== undefined)
    .map((row) => byId.get(row.phraseId!))
    .filter((p): p is Phrase => p !== undefined);
}

/**
 * A stored personal phrase the validator rejects is not in the bank, so the importer does not see its id; a
 * new phrase with that id would silently replace it. Such rows say so.
 */
function markReplacedBroken(rows: ImportRow[], agent: AgentBank): ImportRow[] {
  const inBank = new Set(agent.bank.phrases.map((p) => p.id));
  const broken = new Set(agent.personal.map((p) => p.id).filter((id): id is string => typeof id === 'string' && !inBank.has(id)));
  if (broken.size === 0) return rows;
  return rows.map((row) =>
    row.status === 'new' && row.phraseId && broken.has(row.phraseId)
      ? { ...row, reason: [row.reason, `replaces your phrase "${row.phraseId}", which had an error and was not suggested`].filter(Boolean).join('; ') }
      : row,
  );
}

/** Reads the file as `choice` says (or as it looks, for 'auto') and plans its import; nothing is stored. */
export function prepareImport(agent: AgentBank, choice: SourceChoice, fileName: string, text: string): PreparedImport {
  const detected = choice === 'auto';
  const source = detected ? detectSource(fileName, text) : choice;
  if (!source) {
    // A JSON file broken before its kind shows: its syntax error is what the agent needs to hear.
    const read = bankFormatOfText(text) === 'json' ? readJson(text) : undefined;
    if (read && 'problem' in read) return { kind: 'problem', detected, message: describeProblem(read.problem) };
    if (text.trim() === '') return { kind: 'problem', detected, message: 'the file is empty' };
    return {
      kind: 'problem',
      detected,
      message: 'Could not tell what kind of export this file is. Choose it under “File from”: Zendesk macros, Freshdesk canned responses, a CSV sheet or a Composure bank.',
    };
  }
  const plan = importInto(agent.bank, source, text, source === 'bank' ? { bankFormat: bankFormatOfName(fileName) } : {});
  if (plan.problem) return { kind: 'problem', source, detected, message: describeProblem(plan.problem) };
  const rows = markReplacedBroken(plan.preview, agent);
  const toApply = phrasesToApply(plan).map((phrase): Record<string, unknown> => ({ ...phrase }));
  const stored = new Set(agent.personal.map((p) => p.id));
  const adding = toApply.filter((p) => !stored.has(p.id)).length;
  const total = agent.personal.length + adding;
  const blocked =
    total > agent.limit
      ? `This would make ${total} phrases of your own; the limit is ${agent.limit}. Import a smaller file, or delete phrases you no longer use.`
      : undefined;
  return { kind: 'plan', source, detected, rows, notes: plan.notes, counts: countStatuses(rows), toApply, ...(blocked ? { blocked } : {}) };
}

/** "Imported 6 phrases: 5 new, 1 changed. Skipped 1 duplicate and 3 invalid rows." */
export function appliedMessage(counts: Record<ImportStatus, number>, fileName: string): string {
  const applied = counts.new + counts.changed;
  const skipped = [
    counts.duplicate ? `${counts.duplicate} duplicate${counts.duplicate === 1 ? '' : 's'}` : '',
    counts.invalid ? `${counts.invalid} invalid row${counts.invalid === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return `Imported ${applied} phrase${applied === 1 ? '' : 's'} from ${fileName}: ${counts.new} new, ${counts.changed} changed.${skipped.length ? ` Skipped ${skipped.join(' and ')}.` : ''}`;
}
