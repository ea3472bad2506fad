// What an importer hands back: the phrases it could build from a team's macros or canned responses, and one
// preview row per entry of the file, which an options page (or `composure import`) shows before anything is
// applied.
import type { Phrase } from '../types';

export const IMPORT_SOURCES = ['zendesk', 'freshdesk', 'csv', 'bank'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

export type ImportStatus = 'new' | 'changed' | 'duplicate' | 'invalid';

export interface ImportRow {
  /** Where the entry is in the file: the macro's or response's id, a CSV line number, or a position like `macros[3]`. */
  row: number | string;
  /** The entry's title as written ('' when it has none). */
  title: string;
  status: ImportStatus;
  /** Why it is invalid, or what the import changed or noticed (placeholders turned into slots, inactive macro…). */
  reason?: string;
  /** The phrase this row became (new, changed) or matched (duplicate). */
  phraseId?: string;
}

/** Something that makes the whole file unusable: not JSON, not the expected shape, empty. */
export interface FileProblem {
  message: string;
  /** 1-based position, known for JSON syntax errors and CSV quoting errors. */
  line?: number;
  column?: number;
}

export interface ImportResult {
  phrases: Phrase[];
  rows: ImportRow[];
  /** Set when the file as a whole could not be read; `phrases` and `rows` are then empty. */
  problem?: FileProblem;
  /** Things about the file as a whole worth telling (entries of kinds that are not imported). */
  notes: string[];
}

export type Importer = (text: string) => ImportResult;

/** One entry of a helpdesk export, read but not yet turned into a phrase (see build.ts). */
export interface Candidate {
  row: number | string;
  title: string;
  /** The reply text: HTML (preferred when the source has it) or plain text. */
  body: { html: string } | { text: string };
  /** Folder names, `Billing::` prefixes, a CSV category: names that may say what the phrase is for. */
  hints: string[];
  /** Tags that may name a situation. */
  tags: string[];
  /** Remarks to show on the row whatever its status (e.g. "inactive in Zendesk"). */
  notes: string[];
}

/** An entry that could not even be read as a candidate: it becomes an invalid row. */
export interface Rejected {
  row: number | string;
  title: string;
  reason: string;
}

export function failed(problem: FileProblem): ImportResult {
  return { phrases: [], rows: [], problem, notes: [] };
}
