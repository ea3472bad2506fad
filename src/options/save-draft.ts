import type { Problem } from '../engine/bank';
import { mergePersonal, type TeamLayer } from '../bank/builtin';
import type { PersonalPhrases } from '../storage/personal-phrases';
import { checkDraft, draftId, hasErrors, toPhrase, type PhraseDraft } from './draft';

export type SaveResult = { ok: true; personal: PersonalPhrases; id: string; warnings: Problem[] } | { ok: false; problems: Problem[] };

const idOf = (phrase: Record<string, unknown>) => (typeof phrase.id === 'string' ? phrase.id : undefined);

/**
 * Puts a draft into the personal list (replacing entry `editing`, or appended when it is undefined), after the
 * bank validator's checks: the entry's own (placeholders, triggers…), then the whole bank's (duplicate text,
 * a line the draft check would flag). Errors refuse the save; warnings come back to show beside the fields.
 */
export function saveDraft(
  personal: PersonalPhrases,
  draft: PhraseDraft,
  editing: number | undefined,
  builtinIds: Iterable<string>,
  team?: TeamLayer,
): SaveResult {
  const others = personal.phrases.filter((_, i) => i !== editing);
  // A new phrase never takes a built-in or team id by accident (that would replace the phrase, or be refused if locked).
  const teamIds = team?.bank.phrases.map((p) => p.id) ?? [];
  const taken = new Set([...builtinIds, ...teamIds, ...others.map(idOf).filter((id): id is string => id !== undefined)]);
  const id = draftId(draft, taken);
  const own = checkDraft(draft, id);
  if (hasErrors(own)) return { ok: false, problems: own };
  const phrase = toPhrase(draft, id);
  const phrases = editing === undefined ? [...others, phrase] : personal.phrases.map((p, i) => (i === editing ? phrase : p));
  const next: PersonalPhrases = { ...personal, phrases };
  const problems = mergePersonal(next, team).problems.filter((p) => p.id === id);
  if (hasErrors(problems)) return { ok: false, problems };
  return { ok: true, personal: next, id, warnings: problems };
}

/** A copy of entry `index`, placed right after it, under a fresh id. */
export function duplicatePhrase(personal: PersonalPhrases, index: number, builtinIds: Iterable<string>): PersonalPhrases {
  const original = personal.phrases[index];
  if (!original) return personal;
  const taken = new Set([...builtinIds, ...personal.phrases.map(idOf).filter((id): id is string => id !== undefined)]);
  const category = typeof original.category === 'string' ? original.category : 'empathy';
  const base = idOf(original) ?? `${category}.personal-copy`;
  let n = 2;
  while (taken.has(`${base}-copy${n === 2 ? '' : `-${n}`}`)) n++;
  const copy = { ...original, id: `${base}-copy${n === 2 ? '' : `-${n}`}` };
  return { ...personal, phrases: [...personal.phrases.slice(0, index + 1), copy, ...personal.phrases.slice(index + 1)] };
}
