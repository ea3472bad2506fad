// Selection (select.ts) never takes more than a category's cap of phrases, and within a category always takes them
// best first: once one is passed over for a cap, every lower one is too. So only each category's top `cap`
// candidates can ever be chosen. Keeping just those while scoring spares sorting, and making objects for, the
// hundred-odd candidates that could never be shown.
import { CATEGORIES } from '../types';
import type { BankIndex } from './bank-index';
import type { ReplyPolicy } from './policy';
import type { Scored } from './score';

/** A bank's slot arrays, reused by every ticket: a ticket's leaders are read before the next ticket's are offered. */
interface Slots {
  indexes: Int32Array;
  scores: Float64Array;
  arrivals: Int32Array;
}

const slotsByIndex = new WeakMap<BankIndex, Slots>();

function slotsFor(index: BankIndex, size: number): Slots {
  let slots = slotsByIndex.get(index);
  if (!slots || slots.indexes.length < size) {
    slots = { indexes: new Int32Array(size), scores: new Float64Array(size), arrivals: new Int32Array(size) };
    slotsByIndex.set(index, slots);
  }
  return slots;
}

/**
 * The leaders are kept as numbers in slots, category c's best first in slots `c * width` on, and made into objects
 * only once scoring is over: most candidates that become a leader are pushed out by a better one later.
 */
export class CategoryLeaders {
  private readonly caps: readonly number[];
  /** Slots per category: the largest cap. */
  private readonly width: number;
  private readonly counts: number[];
  private readonly indexes: Int32Array;
  private readonly scores: Float64Array;
  /** When each leader was offered: equal score and id keep that order, as a stable sort of them all would. */
  private readonly arrivals: Int32Array;
  /**
   * Per category number, the score a phrase must beat to become a leader: -Infinity while the category has room,
   * the last leader's score once it is full, Infinity when the category takes none.
   */
  private readonly thresholds: number[];
  private offers = 0;

  constructor(
    private readonly index: BankIndex,
    policy: ReplyPolicy,
  ) {
    this.caps = policy.categoryCaps;
    this.width = Math.max(0, ...this.caps);
    this.counts = CATEGORIES.map(() => 0);
    // Only slots below a category's count are ever read, so stale values from the last ticket do no harm.
    ({ indexes: this.indexes, scores: this.scores, arrivals: this.arrivals } = slotsFor(index, CATEGORIES.length * this.width));
    this.thresholds = this.caps.map((cap) => (cap <= 0 ? Infinity : -Infinity));
  }

  /** A scored candidate (score > 0); kept only while it is among its category's best. */
  offer(i: number, score: number): void {
    const arrival = this.offers++;
    const category = this.index.statics.category[i]!;
    // Below the last leader of a full category: most candidates, turned away without a comparison by id.
    if (score < this.thresholds[category]!) return;
    const cap = this.caps[category]!;
    if (cap <= 0) return;
    const first = category * this.width;
    const count = this.counts[category]!;
    if (count >= cap && !this.beats(i, score, first + cap - 1)) return;
    let k = Math.min(count, cap - 1);
    for (; k > 0 && this.beats(i, score, first + k - 1); k--) this.move(first + k - 1, first + k);
    this.indexes[first + k] = i;
    this.scores[first + k] = score;
    this.arrivals[first + k] = arrival;
    if (count < cap) this.counts[category] = count + 1;
    if (count + 1 >= cap) this.thresholds[category] = this.scores[first + cap - 1]!;
  }

  /**
   * True when no phrase of this category (its number) scoring at most `ceiling` can become a leader any more:
   * the category is full of phrases scoring above it (a phrase scoring the same might still win on its id).
   */
  closed(category: number, ceiling: number): boolean {
    return ceiling < this.thresholds[category]!;
  }

  /**
   * The leaders of every category as slots, best first; equal scores by id (see `idRank`), so bank order never
   * counts. Read them with `categoryOf` and `scored`: only the few chosen need to become objects.
   */
  rankedSlots(): number[] {
    // A few dozen leaders: each slot is placed by a binary search among those placed so far, comparing numbers,
    // which costs less than a sort calling back into a comparator for objects.
    const order: number[] = [];
    for (let category = 0; category < this.counts.length; category++) {
      for (let slot = category * this.width, end = slot + this.counts[category]!; slot < end; slot++) {
        let low = 0;
        let high = order.length;
        while (low < high) {
          const middle = (low + high) >> 1;
          if (this.ranksAbove(slot, order[middle]!)) high = middle;
          else low = middle + 1;
        }
        // Shifted by hand: splice makes an array of what it removes, every call.
        order.push(slot);
        for (let k = order.length - 1; k > low; k--) order[k] = order[k - 1]!;
        order[low] = slot;
      }
    }
    return order;
  }

  /** The leader in `slot`. */
  scored(slot: number): Scored {
    const i = this.indexes[slot]!;
    return { index: i, phrase: this.index.phrases[i]!, category: this.categoryOf(slot), score: this.scores[slot]! };
  }

  /** The category number of the leader in `slot`. */
  categoryOf(slot: number): number {
    return Math.floor(slot / this.width);
  }

  /** True when candidate i with this score ranks above the leader in `slot` (a later arrival never does on a full tie). */
  private beats(i: number, score: number, slot: number): boolean {
    const { idRank } = this.index.statics;
    const leader = this.scores[slot]!;
    return score > leader || (score === leader && idRank[i]! < idRank[this.indexes[slot]!]!);
  }

  /** True when the leader in slot `a` ranks above the one in slot `b`: higher score, lower id rank, earlier arrival. */
  private ranksAbove(a: number, b: number): boolean {
    const { idRank } = this.index.statics;
    if (this.scores[a] !== this.scores[b]) return this.scores[a]! > this.scores[b]!;
    const rankA = idRank[this.indexes[a]!]!;
    const rankB = idRank[this.indexes[b]!]!;
    if (rankA !== rankB) return rankA < rankB;
    return this.arrivals[a]! < this.arrivals[b]!;
  }

  private move(from: number, to: number): void {
    this.indexes[to] = this.indexes[from]!;
    this.scores[to] = this.scores[from]!;
    this.arrivals[to] = this.arrivals[from]!;
  }
}
