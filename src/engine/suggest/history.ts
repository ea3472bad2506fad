import type { BankIndex } from './bank-index';

/** How often the agent picked or dismissed a phrase; anything but a positive count (bad caller data) is 0. */
export function historyCount(counts: Record<string, number> | undefined, id: string): number {
  const n = counts && Object.prototype.hasOwnProperty.call(counts, id) ? counts[id] : 0;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0;
}

/** The bank indexes of the agent's most picked phrases, most picked first, at most `max`. */
export function mostPicked(index: BankIndex, picked: Record<string, number> | undefined, max: number): number[] {
  if (!picked) return [];
  return Object.keys(picked)
    .filter((id) => historyCount(picked, id) > 0 && index.byId.has(id))
    .sort((a, b) => picked[b]! - picked[a]! || (a < b ? -1 : 1))
    .slice(0, max)
    .map((id) => index.byId.get(id)!);
}
