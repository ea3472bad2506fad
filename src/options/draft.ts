// The phrase form's state and how it becomes a bank phrase: what the agent typed, turned into the object the
// bank validator checks, with an id made from the words, and the validator's problems sorted by form field.
import { validateBankFile, type Problem } from '../engine/bank';
import type { Category, Length, Mood, Situation, Tone } from '../engine/types';
import { PERSONAL_FILE } from '../bank/builtin';
import { slugWords, unusedId } from './entry-ids';
import { groupByField, type ProblemsOf } from './field-problems';

export interface PhraseDraft {
  /** Kept when editing, so pins and pick counts still find the phrase; generated for a new one. */
  id?: string;
  text: string;
  category: Category;
  situations: Situation[];
  moods: Mood[];
  /** As typed: comma-separated. */
  triggers: string;
  tone: Tone;
  length: Length;
}

export type DraftField = 'text' | 'category' | 'situations' | 'moods' | 'triggers' | 'tone' | 'length';
export const DRAFT_FIELDS: readonly DraftField[] = ['text', 'category', 'situations', 'moods', 'triggers', 'tone', 'length'];

export const blankDraft = (): PhraseDraft => ({
  text: '',
  category: 'empathy',
  situations: [],
  moods: [],
  triggers: '',
  tone: 'warm',
  length: 'short',
});

/** "late, where is my order ,," → ["late", "where is my order"]. */
export function splitTriggers(typed: string): string[] {
  return typed
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** A few of the phrase's own words, placeholders left out: "We're sorry about {{ticket.id}}" → "were-sorry-about". */
export const slugOf = (text: string): string => slugWords(text, 'phrase');

/** `<category>.personal-<slug>`, with -2, -3… when the id is taken (by a built-in phrase or another of theirs). */
export function personalId(category: Category, text: string, taken: ReadonlySet<string>): string {
  return unusedId(`${category}.personal-${slugOf(text)}`, taken);
}

/**
 * The id the phrase is saved under. An edited phrase keeps its id unless its category changed (the id must
 * start with the category); `taken` must not include the phrase's own current id.
 */
export function draftId(draft: PhraseDraft, taken: ReadonlySet<string>): string {
  if (draft.id && draft.id.startsWith(`${draft.category}.`) && !taken.has(draft.id)) return draft.id;
  return personalId(draft.category, draft.text, taken);
}

/** The bank entry for a draft, as stored. */
export function toPhrase(draft: PhraseDraft, id: string): Record<string, unknown> {
  return {
    id,
    category: draft.category,
    text: draft.text,
    situations: draft.situations,
    moods: draft.moods,
    triggers: splitTriggers(draft.triggers),
    tone: draft.tone,
    length: draft.length,
  };
}

const asList = <T,>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** A stored phrase back into the form (whatever was stored: a field of the wrong type shows as blank). */
export function fromPhrase(stored: Record<string, unknown>): PhraseDraft {
  const blank = blankDraft();
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
  return {
    id: typeof stored.id === 'string' ? stored.id : undefined,
    text: text(stored.text, ''),
    category: text(stored.category, blank.category) as Category,
    situations: asList<Situation>(stored.situations),
    moods: asList<Mood>(stored.moods),
    triggers: asList<unknown>(stored.triggers).filter((t) => typeof t === 'string').join(', '),
    tone: text(stored.tone, blank.tone) as Tone,
    length: text(stored.length, blank.length) as Length,
  };
}

export type ProblemsByField = ProblemsOf<DraftField>;

export const groupProblems = (problems: readonly Problem[]): ProblemsByField => groupByField(problems, DRAFT_FIELDS);

/** The entry's own problems, checked as the bank validator checks a phrase in a file (cheap: one entry). */
export function checkDraft(draft: PhraseDraft, id: string): Problem[] {
  return validateBankFile(PERSONAL_FILE, { phrases: [toPhrase(draft, id)] });
}

export const hasErrors = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error');
