import { isRecord, storedValue, type StoredValue } from './stored-value';

/**
 * The agent's own phrases and the built-in phrases they switched off. Phrases are kept as written (plain
 * objects); the bank validator decides which are usable when the engine is built, so one bad entry written
 * by hand or by an older version never hides the others. `version` lets a later shape be migrated.
 */
export interface PersonalPhrases {
  version: 1;
  phrases: Record<string, unknown>[];
  /** Ids of built-in phrases the agent does not want suggested. */
  disabled: string[];
}

/** A personal bank is a short list; more than this is a team bank and belongs in phrasebank/. */
export const MAX_PERSONAL_PHRASES = 500;

export const EMPTY_PERSONAL: PersonalPhrases = { version: 1, phrases: [], disabled: [] };

export function parsePersonalPhrases(raw: unknown): PersonalPhrases {
  if (!isRecord(raw) || raw.version !== 1) return { ...EMPTY_PERSONAL, phrases: [], disabled: [] };
  const phrases = Array.isArray(raw.phrases) ? raw.phrases.filter(isRecord).slice(0, MAX_PERSONAL_PHRASES) : [];
  const disabled = Array.isArray(raw.disabled)
    ? [...new Set(raw.disabled.filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 200))]
    : [];
  return { version: 1, phrases, disabled };
}

export const personalPhrases: StoredValue<PersonalPhrases> = storedValue('personal', parsePersonalPhrases);

/** Switches a built-in phrase off, or back on; returns the new record. */
export function toggleDisabled(id: string, store: StoredValue<PersonalPhrases> = personalPhrases): Promise<PersonalPhrases> {
  return store.update((current) => ({
    ...current,
    disabled: current.disabled.includes(id) ? current.disabled.filter((d) => d !== id) : [...current.disabled, id],
  }));
}
