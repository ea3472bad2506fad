import type { ChoiceHistory } from '../engine/suggest/types';
import { isRecord, storedValue, type StoredValue } from './stored-value';

/** Enough for every phrase in a large bank; beyond it the least-used counts are dropped. */
export const MAX_COUNTED_PHRASES = 2000;

function parseCounts(raw: unknown): Record<string, number> {
  if (!isRecord(raw)) return {};
  const entries = Object.entries(raw).filter(
    (entry): entry is [string, number] => typeof entry[1] === 'number' && Number.isInteger(entry[1]) && entry[1] > 0,
  );
  entries.sort((a, b) => b[1] - a[1]);
  return Object.fromEntries(entries.slice(0, MAX_COUNTED_PHRASES));
}

export function parseChoiceHistory(raw: unknown): ChoiceHistory {
  const value = isRecord(raw) ? raw : {};
  return { picked: parseCounts(value.picked), dismissed: parseCounts(value.dismissed) };
}

/** What the agent picked and dismissed, counted per phrase id; the engine takes it as input to rank. */
export const choiceHistory: StoredValue<ChoiceHistory> = storedValue('choices', parseChoiceHistory);

export type Choice = keyof ChoiceHistory;

export function recordChoice(kind: Choice, phraseId: string, store: StoredValue<ChoiceHistory> = choiceHistory): Promise<ChoiceHistory> {
  return store.update((history) =>
    parseChoiceHistory({ ...history, [kind]: { ...history[kind], [phraseId]: (history[kind][phraseId] ?? 0) + 1 } }),
  );
}
