import { storedValue, type StoredValue } from './stored-value';

/** More would no longer be a short list of favourites; the oldest pins give way. */
export const MAX_PINS = 30;

/** Phrase ids the agent pinned, oldest first, on every site. */
export function parsePins(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const ids = raw.filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 200);
  return [...new Set(ids)].slice(-MAX_PINS);
}

export const pinnedPhrases: StoredValue<string[]> = storedValue('pins', parsePins);

/** Pins an unpinned phrase, unpins a pinned one; returns the new list. */
export function togglePin(id: string, store: StoredValue<string[]> = pinnedPhrases): Promise<string[]> {
  return store.update((pins) => parsePins(pins.includes(id) ? pins.filter((p) => p !== id) : [...pins, id]));
}
