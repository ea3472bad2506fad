import { putRecords, readableStore, readRecords, removeRecords, type ReadableStore } from './record-store';
import { DISABLED, MAX_ID_LENGTH, PHRASE, type StoredPhrase } from './records';

/**
 * The agent's own phrases and the built-in phrases they switched off. Phrases are kept as written (plain
 * objects); the bank validator decides which are usable when the engine is built, so one bad entry never
 * hides the others. Each phrase is its own record: two tabs adding phrases at once both keep theirs.
 */
export interface PersonalPhrases {
  /** In the agent's list order. */
  phrases: Record<string, unknown>[];
  /** Ids of built-in (or team) phrases the agent does not want suggested. */
  disabled: string[];
}

/** Room for a team's whole macro library imported as personal phrases; the engine ranks 50 000 within a frame. */
export const MAX_PERSONAL_PHRASES = 5000;

export const EMPTY_PERSONAL: PersonalPhrases = { phrases: [], disabled: [] };

const byOrder = (a: [string, StoredPhrase], b: [string, StoredPhrase]) => a[1].order - b[1].order || a[0].localeCompare(b[0]);

export async function readPersonal(): Promise<PersonalPhrases> {
  const [phrases, disabled] = await Promise.all([readRecords(PHRASE), readRecords(DISABLED)]);
  return {
    phrases: [...phrases].sort(byOrder).map(([, stored]) => stored.phrase),
    disabled: [...disabled].sort((a, b) => a[1] - b[1]).map(([id]) => id),
  };
}

export const personalPhrases: ReadableStore<PersonalPhrases> = readableStore([PHRASE, DISABLED], readPersonal);
export const watchPersonal = personalPhrases.watch;

function phraseId(phrase: Record<string, unknown>, index: number): string {
  const id = phrase.id;
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) {
    throw new Error(`Phrase ${index + 1} has no usable id (a text of 1 to ${MAX_ID_LENGTH} characters).`);
  }
  return id;
}

/**
 * One record per phrase, keyed by its `id`: an existing id is replaced in place, a new one appended (or
 * placed right after phrase `after`, for a copy). All in one write.
 */
export async function putPhrases(phrases: readonly Record<string, unknown>[], options: { after?: string } = {}): Promise<void> {
  const ids = phrases.map(phraseId);
  const existing = await readRecords(PHRASE);
  const adding = new Set(ids.filter((id) => !existing.has(id))).size;
  if (existing.size + adding > MAX_PERSONAL_PHRASES) {
    throw new Error(`That would make ${existing.size + adding} personal phrases; the limit is ${MAX_PERSONAL_PHRASES}.`);
  }
  const orders = [...existing.values()].map((p) => p.order).sort((a, b) => a - b);
  const anchor = options.after === undefined ? undefined : existing.get(options.after)?.order;
  // New phrases go after the last one (or between `after` and its neighbour), in the order given.
  const start = anchor ?? Math.max(Date.now(), (orders.at(-1) ?? 0) + 1);
  const end = anchor === undefined ? start + phrases.length : (orders.find((o) => o > anchor) ?? anchor + 1);
  const step = (end - start) / (phrases.length + 1);
  await putRecords(
    PHRASE,
    phrases.map((phrase, i) => [ids[i]!, { order: existing.get(ids[i]!)?.order ?? start + step * (i + 1), phrase }] as const),
  );
}

/** Saves an edited phrase whose id changed: the new record takes the old one's place, then the old goes. */
export async function renamePhrase(oldId: string, phrase: Record<string, unknown>): Promise<void> {
  const existing = await readRecords(PHRASE);
  const order = existing.get(oldId)?.order;
  const id = phraseId(phrase, 0);
  await putRecords(PHRASE, [[id, { order: order ?? Date.now(), phrase }]]);
  if (oldId !== id) await removeRecords(PHRASE, [oldId]);
}

export function removePhrase(id: string): Promise<void> {
  return removeRecords(PHRASE, [id]);
}

export function setBuiltinDisabled(id: string, disabled: boolean): Promise<void> {
  return disabled ? putRecords(DISABLED, [[id, Date.now()]]) : removeRecords(DISABLED, [id]);
}
