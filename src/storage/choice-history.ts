import type { ChoiceHistory } from '../engine/suggest/types';
import { readableStore, readRecords, removeRecords, updateRecord, type ReadableStore } from './record-store';
import { CHOICE, type ChoiceCounts } from './records';

/** Enough for every phrase in a large bank; beyond it the least-used counts are left out of ranking. */
export const MAX_COUNTED_PHRASES = 2000;

function topCounts(entries: [string, number][]): Record<string, number> {
  return Object.fromEntries(entries.filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]).slice(0, MAX_COUNTED_PHRASES));
}

async function readChoiceHistory(): Promise<ChoiceHistory> {
  const counts = [...(await readRecords(CHOICE))];
  return {
    picked: topCounts(counts.map(([id, c]) => [id, c.picked])),
    dismissed: topCounts(counts.map(([id, c]) => [id, c.dismissed])),
  };
}

/** What the agent picked and dismissed, counted per phrase id; the engine takes it as input to rank. */
export const choiceHistory: ReadableStore<ChoiceHistory> = readableStore([CHOICE], readChoiceHistory);

export type Choice = keyof ChoiceHistory;

/** Counts one pick or dismissal of a phrase; returns that phrase's new counts. */
export function recordChoice(kind: Choice, phraseId: string): Promise<ChoiceCounts> {
  return updateRecord(CHOICE, phraseId, (current) => {
    const counts = current ?? { picked: 0, dismissed: 0 };
    return { ...counts, [kind]: counts[kind] + 1 };
  });
}

/** The history with one phrase's counts replaced: what a page keeps in memory after `recordChoice`. */
export function withCounts(history: ChoiceHistory, phraseId: string, counts: ChoiceCounts): ChoiceHistory {
  return { picked: { ...history.picked, [phraseId]: counts.picked }, dismissed: { ...history.dismissed, [phraseId]: counts.dismissed } };
}

export async function clearChoiceHistory(): Promise<void> {
  await removeRecords(CHOICE, (await readRecords(CHOICE)).keys());
}
