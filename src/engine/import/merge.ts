// Compares what a file would import with the bank it would join, and builds the merged bank without applying
// anything: the caller shows the preview and keeps `merged` only once the person confirms. The input bank is
// never modified.
//
// Each importable row becomes one of:
// - changed:   the bank already has this entry (same id for a bank file; same title — the label — or id for a
//              helpdesk macro, so a re-import after editing macros updates them) and it differs. A bank file's
//              phrase replaces the old one; a macro updates only what it is the source of (text, length, label),
//              keeping the id — rules may point at it — and any category, situations, moods, triggers and tone
//              set by hand since.
// - duplicate: the same entry unchanged, or the same text as a phrase already there or earlier in the file; the
//              reason names that phrase (and nothing else: what the import would have changed no longer matters).
// - new:       anything else, with an id made unique in the bank.
// - invalid:   as the importer found it, or a phrase the bank's own avoid-rules would flag: `validate` rejects a
//              bank whose rules flag its own phrases, so such a phrase must be reworded first.
import { compileRules, lint, type CompiledRules } from '../lint';
import type { Bank, Phrase } from '../types';
import { importBankFile, type BankFormat } from './bank-format';
import { importCsv } from './csv';
import { importFreshdesk } from './freshdesk';
import { importedId, uniqueId } from './ids';
import { importZendesk } from './zendesk';
import type { FileProblem, Importer, ImportResult, ImportRow, ImportSource } from './types';

export const IMPORTERS: Readonly<Record<ImportSource, Importer>> = {
  zendesk: importZendesk,
  freshdesk: importFreshdesk,
  csv: importCsv,
  bank: (text) => importBankFile(text),
};

export interface ImportPlan {
  /** One row per entry of the file, in file order, with its status against the bank. */
  preview: ImportRow[];
  /** The bank with the new and changed phrases applied (the input bank itself when the file was unusable). */
  merged: Bank;
  /** Why nothing could be imported: the file is not JSON, not the expected shape, or empty. */
  problem?: FileProblem;
  notes: string[];
}

const textKey = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
const labelKey = (label: string | undefined) => (label ? label.toLowerCase().replace(/\s+/g, ' ').trim() : undefined);

function samePhrase(a: Phrase, b: Phrase): boolean {
  const lists = (p: Phrase) => JSON.stringify([p.situations, p.moods, p.triggers]);
  return (
    a.id === b.id && a.category === b.category && a.text === b.text && a.tone === b.tone && a.length === b.length &&
    a.label === b.label && lists(a) === lists(b)
  );
}

function withReason(row: ImportRow, status: ImportRow['status'], phraseId: string | undefined, ...reasons: (string | undefined)[]): ImportRow {
  const reason = reasons.filter(Boolean).join('; ');
  return { row: row.row, title: row.title, status, ...(reason ? { reason } : {}), ...(phraseId ? { phraseId } : {}) };
}

/** Why the bank's avoid-rules would flag this text, or undefined when they would not. */
function flaggedBy(text: string, rules: CompiledRules): string | undefined {
  const findings = lint(text, rules);
  if (findings.length === 0) return undefined;
  const found = [...new Set(findings.map((f) => `"${f.found}" (rule ${f.ruleId})`))].join(', ');
  return `contains a line to avoid: ${found}; reword it, since the bank's rules would flag it`;
}

/** Merges an importer's result into a bank (see the top of this file for what each status means). */
function mergeImport(bank: Bank, result: ImportResult, mode: 'replace' | 'update'): ImportPlan {
  const phrases: Phrase[] = [...bank.phrases];
  const indexById = new Map(phrases.map((p, i) => [p.id, i]));
  const indexByLabel = new Map<string, number>();
  phrases.forEach((p, i) => {
    const key = labelKey(p.label);
    if (key && !indexByLabel.has(key)) indexByLabel.set(key, i);
  });
  const idByText = new Map(phrases.map((p) => [textKey(p.text), p.id]));
  const taken = new Set(indexById.keys());
  const claimed = new Set<number>();
  const rules = compileRules(bank.rules, bank.phrases);
  const imported = new Map(result.phrases.map((p) => [p.id, p]));

  const preview = result.rows.map((row): ImportRow => {
    const phrase = row.phraseId === undefined ? undefined : imported.get(row.phraseId);
    if (row.status === 'invalid' || !phrase) return row;
    const labelIndex = mode === 'update' ? indexByLabel.get(labelKey(phrase.label) ?? '') : undefined;
    const index = [labelIndex, indexById.get(phrase.id)].find((i) => i !== undefined && !claimed.has(i));
    if (index !== undefined) {
      const existing = phrases[index]!;
      const updated: Phrase = mode === 'replace' ? phrase : { ...existing, text: phrase.text, length: phrase.length, label: phrase.label };
      claimed.add(index);
      if (samePhrase(existing, updated)) return withReason(row, 'duplicate', existing.id, `already in the bank as "${existing.id}"`);
      const flagged = flaggedBy(updated.text, rules);
      if (flagged) return withReason(row, 'invalid', undefined, flagged, row.reason);
      phrases[index] = updated;
      idByText.set(textKey(updated.text), updated.id);
      return withReason(row, 'changed', existing.id, row.reason);
    }
    const sameText = idByText.get(textKey(phrase.text));
    if (sameText) return withReason(row, 'duplicate', sameText, `same text as "${sameText}"`);
    const flagged = flaggedBy(phrase.text, rules);
    if (flagged) return withReason(row, 'invalid', undefined, flagged, row.reason);
    const id = mode === 'replace' ? phrase.id : uniqueId(importedId(phrase.category, phrase.label ?? '', row.row), taken);
    taken.add(id);
    phrases.push({ ...phrase, id });
    idByText.set(textKey(phrase.text), id);
    return withReason(row, 'new', id, row.reason);
  });
  return { preview, merged: { phrases, rules: [...bank.rules], playbooks: [...bank.playbooks] }, notes: result.notes };
}

export interface ImportOptions {
  /** For a bank file: its format when the file's name says it (see `bankFormatOfName`); else read from the text. */
  bankFormat?: BankFormat;
}

/** Reads `text` as an export from `source` and plans its import into `bank` (nothing is applied). */
export function importInto(bank: Bank, source: ImportSource, text: string, options: ImportOptions = {}): ImportPlan {
  const result = source === 'bank' ? importBankFile(text, options.bankFormat) : IMPORTERS[source](text);
  if (result.problem) return { preview: [], merged: bank, problem: result.problem, notes: result.notes };
  return mergeImport(bank, result, source === 'bank' ? 'replace' : 'update');
}
