// Writes phrases as a bank file in our format — `{"phrases": [ … ]}` in JSON, or the same in YAML — that
// `importBankFile` (the options page's import, `composure import --from bank`) reads back unchanged. Phrases are
// written as they are (a personal phrase the validator rejects is kept, so an export loses nothing), with their
// fields in the order the bank's own files use, so the file reads well and diffs cleanly.
import { Document, isScalar, isSeq, visit } from 'yaml';
import type { Phrase } from '../types';
import type { BankFormat } from './bank-format';

/** A phrase as the engine holds it, or as personal storage keeps it (a plain object, possibly invalid). */
type Exported = Phrase | Readonly<Record<string, unknown>>;

const FIELD_ORDER = ['id', 'category', 'label', 'text', 'situations', 'moods', 'triggers', 'tone', 'length'];

function ordered(entry: Exported): Record<string, unknown> {
  const phrase = entry as Readonly<Record<string, unknown>>;
  const known = FIELD_ORDER.filter((key) => phrase[key] !== undefined).map((key) => [key, phrase[key]] as const);
  const others = Object.entries(phrase).filter(([key, value]) => !FIELD_ORDER.includes(key) && value !== undefined);
  return Object.fromEntries([...known, ...others]);
}

/** Lists of words, written on one line (`moods: [frustrated, angry]`) as a person would type them. */
const WORD_LISTS = new Set(['situations', 'moods', 'triggers']);

const YAML_HEADER = ' Composure phrases. Import this file in the options page, or: composure import --from bank FILE -o OUT';

export function exportBank(phrases: readonly Exported[], format: BankFormat): string {
  const bank = { phrases: phrases.map(ordered) };
  if (format === 'json') return `${JSON.stringify(bank, null, 2)}\n`;
  const doc = new Document(bank);
  doc.commentBefore = YAML_HEADER;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && WORD_LISTS.has(String(pair.key.value)) && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  // No folding of long lines (a phrase stays on one line, as the agent wrote it); lines of a text become a block.
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
