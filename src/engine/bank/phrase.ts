import { CATEGORIES, LENGTHS, MOODS, SITUATIONS, TONES, type Phrase } from '../types';
import { checkKeys, isObject, readChoice, readChoiceList, readText, readTextList, describeValue } from './fields';
import { readPhraseId } from './ids';
import { checkMatchTerm } from './match-terms';
import { checkInsertText } from './insert-text';
import type { ProblemSink } from './problem';

const PHRASE_FIELDS = ['id', 'category', 'text', 'situations', 'moods', 'triggers', 'tone', 'length', 'label', 'locked'] as const;

/** An optional one-line name (a macro's title, kept by `composure import`). */
function readLabel(entry: Record<string, unknown>, sink: ProblemSink): string | undefined {
  if (entry.label === undefined) return undefined;
  if (typeof entry.label !== 'string' || entry.label.trim() === '' || /[\r\n]/.test(entry.label)) {
    sink.error('label', `expected a one-line name, found ${describeValue(entry.label)}`);
    return undefined;
  }
  return entry.label;
}

/**
 * `locked: true` matters in a team bank only: agents cannot replace or switch off the phrase (src/bank reads
 * it from the file). Anything but a boolean is a typo worth reporting, not a lock silently ignored.
 */
function checkLocked(entry: Record<string, unknown>, sink: ProblemSink): void {
  if (entry.locked !== undefined && typeof entry.locked !== 'boolean') {
    sink.error('locked', `expected true or false, found ${describeValue(entry.locked)}`);
  }
}

/**
 * Checks one entry of a `phrases` list. Returns the phrase when it is usable (no errors), with the optional
 * lists (situations, moods, triggers — empty means "any") filled in.
 */
export function checkPhrase(entry: unknown, sink: ProblemSink): Phrase | undefined {
  if (!isObject(entry)) {
    sink.error('(entry)', `expected a phrase object {"id", "category", "text", "tone", "length", …}, found ${describeValue(entry)}`);
    return undefined;
  }
  checkKeys(entry, PHRASE_FIELDS, sink);
  const category = readChoice(entry, 'category', CATEGORIES, sink);
  const id = readPhraseId(entry.id, category, sink);
  const text = readText(entry, 'text', sink, 'the text to insert');
  if (text !== undefined) checkInsertText(text, 'text', sink);
  const situations = readChoiceList(entry, 'situations', SITUATIONS, sink);
  const moods = readChoiceList(entry, 'moods', MOODS, sink);
  const triggers = readTextList(entry, 'triggers', sink, { what: 'words or short phrases from customer text', whenMissing: [] });
  triggers?.forEach((trigger, i) => checkMatchTerm(trigger, `triggers[${i}]`, sink, 'trigger'));
  const tone = readChoice(entry, 'tone', TONES, sink);
  const length = readChoice(entry, 'length', LENGTHS, sink);
  const label = readLabel(entry, sink);
  checkLocked(entry, sink);
  if (sink.errorCount > 0) return undefined;
  return {
    id: id!, category: category!, text: text!, situations: situations!, moods: moods!, triggers: triggers!, tone: tone!, length: length!,
    ...(label === undefined ? {} : { label }),
  };
}
