// Selection (select.ts) never takes more than a category's cap of phrases, and within a category always takes them
// best first: once one is passed over for a cap, every lower one is too. So only each category's top `cap`
// candidates can ever be chosen. Keeping just those while scoring spares sorting, and making objects for, the
// hundred-odd candidates that could never be shown.
import { CATEGORIES } from '../types';
import type { BankIndex } from './bank-index';
import type { ReplyPolicy } from './policy';
import type { Scored } from './score';

interface Leader extends Scored {
  /** When the candidate was offered: equal score and id keep that order, as a stable sort of them all would. */
  arrival: number;
}

export class CategoryLeaders {
  private readonly lists: Leader[][] = CATEGORIES.map(() => []);
  private readonly caps: number[];
  /**
   * Per category number, the score a phrase must beat to become a leader: -Infinity while the category has room,
   * the last leader's score once it is full, Infinity when the category takes none.
   */
  private readonly thresholds: number[];
  private arrivals = 0;

  constructor(
    private readonly index: BankIndex,
    policy: ReplyPolicy,
  ) {
    this.caps = CATEGORIES.map((category) => policy.categoryCap(category));
    this.thresholds = this.caps.map((cap) => (cap <= 0 ? Infinity : -Infinity));
  }

  /** A scored candidate (score > 0); kept only while it is among its category's best. */
  offer(i: number, score: number): void {
    const arrival = this.arrivals++;
    const category = this.index.statics.category[i]!;
    // Below the last leader of a full category: most candidates, turned away without a comparison by id.
    if (score < this.thresholds[category]!) return;
    const list = this.lists[category]!;
    const cap = this.caps[category]!;
    if (list.length >= cap && (cap <= 0 || !this.beats(i, score, list[cap - 1]!))) return;
    let k = Math.min(list.length, cap - 1);
    while (k > 0 && this.beats(i, score, list[k - 1]!)) {
      list[k] = list[k - 1]!;
      k--;
    }
    list[k] = { index: i, phrase: this.index.phrases[i]!, category, score, arrival };
    if (list.length >= cap) this.thresholds[category] = list[cap - 1]!.score;
  }

  /**
   * True when no phrase of this category (its number) scoring at most `ceiling` can become a leader any more:
   * the category is full of phrases scoring above it (a phrase scoring the same might still win on its id).
   */
  closed(category: number, ceiling: number): boolean {
    return ceiling < this.thresholds[category]!;
  }

  /** The leaders of every category, best first; equal scores by id (see `idRank`), so bank order never counts. */
  ranked(): Scored[] {
    // A few dozen leaders at most (caps × categories), each list already best first: inserting them one by one
    // costs less than a sort calling back into a comparator.
    const all: Leader[] = [];
    for (const list of this.lists) {
      for (const leader of list) {
        let k = all.length;
        all.push(leader);
        while (k > 0 && this.ranksAbove(leader, all[k - 1]!)) {
          all[k] = all[k - 1]!;
          k--;
        }
        all[k] = leader;
      }
    }
    return all;
  }

  /** True when candidate i with this score ranks above `leader` (a later arrival never does on a full tie). */
  private beats(i: number, score: number, leader: Leader): boolean {
    const { idRank } = this.index.statics;
    return score > leader.score || (score === leader.score && idRank[i]! < idRank[leader.index]!);
  }

  /** True when `a` ranks above `b`: higher score, then lower id rank, then earlier arrival. */
  private ranksAbove(a: Leader, b: Leader): boolean {
    const { idRank } = this.index.statics;
    if (a.score !== b.score) return a.score > b.score;
    if (idRank[a.index] !== idRank[b.index]) return idRank[a.index]! < idRank[b.index]!;
    return a.arrival < b.arrival;
  }
}
