// The steps every helpdesk source shares once an entry is read: reply HTML or text → clean text, placeholders
// translated, category and situations chosen, an id given, and the bank's own checks run.
import { categoryFromHints, categoryFromText, lengthOf, situationsFromHints, toneOf } from './category';
import { phraseErrors } from './check-phrase';
import { htmlToText, tidyPlainText } from './html-to-text';
import { importedId, uniqueId } from './ids';
import { translatePlaceholders } from './placeholders';
import type { Phrase } from '../types';
import type { Candidate, ImportResult, ImportRow, Rejected } from './types';

/** "Billing::Refunds::Issued" → ["Refunds", "Billing"]: the folders of a Zendesk title, most specific first. */
function titlePath(title: string): string[] {
  return title.split('::').slice(0, -1).map((s) => s.trim()).filter(Boolean).reverse();
}

function joinReasons(reasons: readonly string[]): string | undefined {
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}

function build(candidate: Candidate, taken: Set<string>): { phrase?: Phrase; row: ImportRow } {
  const title = candidate.title.replace(/\s+/g, ' ').trim();
  const invalid = (reason: string) => ({ row: { row: candidate.row, title, status: 'invalid' as const, reason: joinReasons([reason, ...candidate.notes]) } });
  if (title === '') return invalid('has no title');
  const fromHtml = 'html' in candidate.body;
  const text = 'html' in candidate.body ? htmlToText(candidate.body.html) : tidyPlainText(candidate.body.text);
  if (text === '') return invalid(fromHtml ? 'the reply text is empty once the HTML is removed' : 'the reply text is empty');
  const translated = translatePlaceholders(text);
  if (translated.blocker) return invalid(translated.blocker);
  const hints = [...titlePath(title), ...candidate.hints];
  const category = categoryFromHints(hints) ?? categoryFromText(translated.text);
  const phrase: Phrase = {
    id: importedId(category, title, candidate.row),
    category,
    text: translated.text,
    situations: situationsFromHints([...hints, ...candidate.tags]),
    moods: [],
    triggers: [],
    tone: toneOf(translated.text),
    length: lengthOf(translated.text),
    label: title,
  };
  const errors = phraseErrors(phrase);
  if (errors.length > 0) return invalid(errors.join('; '));
  phrase.id = uniqueId(phrase.id, taken);
  const reason = joinReasons([...translated.notes, ...candidate.notes]);
  return { phrase, row: { row: candidate.row, title, status: 'new', ...(reason ? { reason } : {}), phraseId: phrase.id } };
}

/** Turns the entries read from a file into phrases and preview rows, in file order. */
export function buildResult(entries: readonly (Candidate | Rejected)[], notes: string[] = []): ImportResult {
  const taken = new Set<string>();
  const phrases: Phrase[] = [];
  const rows: ImportRow[] = [];
  for (const entry of entries) {
    if ('reason' in entry) {
      rows.push({ row: entry.row, title: entry.title, status: 'invalid', reason: entry.reason });
      continue;
    }
    const built = build(entry, taken);
    if (built.phrase) phrases.push(built.phrase);
    rows.push(built.row);
  }
  return { phrases, rows, notes };
}
