// Which phrases are worth scoring for one ticket. Selection keeps at most DEFAULT_CATEGORY_CAP phrases per
// category, so from each situation-set bucket that fits the ticket only the first few of each category can
// matter (its members share the situation score and are pre-sorted by the rest). Triggers and the agent's
// history lift phrases out of that order, so the phrases they touch are added on top.
import type { Category, Mood } from '../types';
import type { BankIndex, RankedLists, TriggerBucket } from './bank-index';
import { historyCount, mostPicked } from './history';
import { DEFAULT_CATEGORY_CAP } from './policy';

/** Phrases read in full from trigger buckets per ticket; past it, big buckets are read by rank. */
const TRIGGER_BUDGET = 1000;
/** How deep a big trigger bucket is read per category when it is read by rank. */
const TRIGGER_DEPTH = 5;
/** History is caller-supplied; only this many of its most picked phrases become candidates. */
const MAX_PICKED_CANDIDATES = 64;

export interface CandidateSource {
  mood: Mood;
  /** Situation-set buckets worth reading: those sharing a detected situation, and the any-situation one. */
  situationSets: readonly RankedLists[];
  triggersFound: ReadonlySet<number>;
  picked?: Record<string, number>;
  /** Phrases the agent dismissed may rank below their bucket order, so they do not fill a category's quota. */
  dismissed?: Record<string, number>;
  excludedCategories: ReadonlySet<Category>;
  /** True when this phrase must not be offered (hidden by the agent, already in the draft, wrong for the mood). */
  skip(index: number): boolean;
}

/**
 * Which phrases a pass has already taken, by bank index: one stamp array per bank, reused by every pass (a new
 * pass takes a new stamp), so gathering allocates nothing in proportion to the bank.
 */
class Marks {
  private readonly stamps: Uint32Array;
  private stamp = 0;

  constructor(size: number) {
    this.stamps = new Uint32Array(size);
  }

  /** Starts a new pass: nothing is marked. */
  clear(): void {
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** Marks phrase i; false when it already was. */
  mark(i: number): boolean {
    if (this.stamps[i] === this.stamp) return false;
    this.stamps[i] = this.stamp;
    return true;
  }
}

const marksByIndex = new WeakMap<BankIndex, Marks>();

/**
 * One pass's candidates, each once, in the order they were reached. A class rather than closures made per pass:
 * run through tsx (the benchmark, the CLI), every named closure costs a defineProperty call when it is made.
 */
class Gathering {
  readonly candidates: number[] = [];

  constructor(
    private readonly index: BankIndex,
    private readonly source: CandidateSource,
    private readonly marks: Marks,
  ) {}

  add(i: number): void {
    if (this.marks.mark(i)) this.candidates.push(i);
  }

  /** Adds phrase i unless its category or the phrase itself may not be offered. */
  addIfOfferable(i: number): void {
    if (!this.source.excludedCategories.has(this.index.phrases[i]!.category) && !this.source.skip(i)) this.add(i);
  }

  /** Adds the first `depth` offerable phrases of each category list (dismissed ones do not count). */
  readRanked(ranked: RankedLists, depth: number): void {
    const { source } = this;
    for (const { category, list } of ranked[source.mood]) {
      if (source.excludedCategories.has(category)) continue;
      let counted = 0;
      for (let k = 0; k < list.length && counted < depth; k++) {
        const i = list[k]!;
        if (source.skip(i)) continue;
        this.add(i);
        if (!source.dismissed || historyCount(source.dismissed, this.index.phrases[i]!.id) === 0) counted++;
      }
    }
  }
}

/** The candidates' bank indexes, each once, in the order they were reached. */
export function gatherCandidates(index: BankIndex, source: CandidateSource): number[] {
  let marks = marksByIndex.get(index);
  if (!marks) marksByIndex.set(index, (marks = new Marks(index.phrases.length)));
  marks.clear();
  const gathering = new Gathering(index, source, marks);

  for (const ranked of source.situationSets) gathering.readRanked(ranked, DEFAULT_CATEGORY_CAP);

  let budget = TRIGGER_BUDGET;
  const buckets = [...source.triggersFound].map((n) => index.byTrigger[n]!);
  // Small buckets first, so the budget covers as many triggers as possible in full.
  buckets.sort((a, b) => a.members.length - b.members.length);
  for (const bucket of buckets) {
    if (!bucket.ranked || bucket.members.length <= budget) {
      for (const i of bucket.members) gathering.addIfOfferable(i);
      budget -= bucket.members.length;
    } else {
      gathering.readRanked(bucket.ranked, TRIGGER_DEPTH);
    }
  }

  for (const i of mostPicked(index, source.picked, MAX_PICKED_CANDIDATES)) gathering.addIfOfferable(i);
  return gathering.candidates;
}
