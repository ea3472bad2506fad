// Which phrases are worth scoring for one ticket. Selection keeps at most DEFAULT_CATEGORY_CAP phrases per
// category, so from each situation-set bucket that fits the ticket only the first few of each category can
// matter (its members share the situation score and are pre-sorted by the rest). Triggers and the agent's
// history lift phrases out of that order, so the phrases they touch are added on top.
//
// Candidates go straight to a sink (the scorer and the category leaders) as they are reached. Once the phrases
// triggers and picks lift are in, a bucket's category list whose score ceiling is below every leader kept for
// its category is passed over whole: none of its phrases could be chosen.
import { CATEGORIES, type Category, type Mood } from '../types';
import type { BankIndex, RankedLists, SituationSetBucket } from './bank-index';
import { historyCount, mostPicked } from './history';
import { DEFAULT_CATEGORY_CAP } from './policy';
import type { ScoreCeiling } from './score';

/** Phrases read in full from trigger buckets per ticket; past it, big buckets are read by rank. */
const TRIGGER_BUDGET = 1000;
/** How deep a big trigger bucket is read per category when it is read by rank. */
const TRIGGER_DEPTH = 5;
/** History is caller-supplied; only this many of its most picked phrases become candidates. */
const MAX_PICKED_CANDIDATES = 64;

export interface CandidateSource {
  mood: Mood;
  /** Situation-set buckets worth reading: those sharing a detected situation, and the any-situation one. */
  situationSets: readonly SituationSetBucket[];
  triggersFound: ReadonlySet<number>;
  picked?: Record<string, number>;
  /** Phrases the agent dismissed may rank below their bucket order, so they do not fill a category's quota. */
  dismissed?: Record<string, number>;
  excludedCategories: ReadonlySet<Category>;
  /** True when this phrase must not be offered (hidden by the agent, already in the draft, wrong for the mood). */
  skip(index: number): boolean;
  ceiling: ScoreCeiling;
}

/** Where candidates go, and whether a category still takes phrases scoring up to a ceiling. */
export interface CandidateSink {
  /** Each candidate, once, in the order reached. */
  take(index: number): void;
  /** True when no phrase of this category (its number) scoring at most `ceiling` can be chosen any more. */
  closed(category: number, ceiling: number): boolean;
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
 * One pass over the sources. A class rather than closures made per pass: run through tsx, every named closure
 * costs a defineProperty call when it is made.
 */
class Gathering {
  private readonly excluded: readonly boolean[];

  constructor(
    private readonly index: BankIndex,
    private readonly source: CandidateSource,
    private readonly marks: Marks,
    private readonly sink: CandidateSink,
  ) {
    this.excluded = CATEGORIES.map((category) => source.excludedCategories.has(category));
  }

  /** Reads the situation-set buckets; with `byCeiling`, passes over lists the sink has closed. */
  readSituationSets(byCeiling: boolean): void {
    const { situationSets, ceiling } = this.source;
    for (const set of situationSets) {
      this.readRanked(set.ranked, DEFAULT_CATEGORY_CAP, byCeiling ? ceiling.bucketPart(set.mask) : undefined);
    }
  }

  /** Reads the buckets of the triggers found; true when every one was read in full. */
  readTriggers(): boolean {
    const { index, source } = this;
    let budget = TRIGGER_BUDGET;
    let inFull = true;
    const buckets = [...source.triggersFound].map((n) => index.byTrigger[n]!);
    // Small buckets first, so the budget covers as many triggers as possible in full.
    buckets.sort((a, b) => a.members.length - b.members.length);
    for (const bucket of buckets) {
      if (!bucket.ranked || bucket.members.length <= budget) {
        for (const i of bucket.members) this.addIfOfferable(i);
        budget -= bucket.members.length;
      } else {
        this.readRanked(bucket.ranked, TRIGGER_DEPTH);
        inFull = false;
      }
    }
    return inFull;
  }

  /** Reads the agent's most picked phrases; true when that was all of them. */
  readPicked(): boolean {
    const picked = mostPicked(this.index, this.source.picked, MAX_PICKED_CANDIDATES + 1);
    for (const i of picked.slice(0, MAX_PICKED_CANDIDATES)) this.addIfOfferable(i);
    return picked.length <= MAX_PICKED_CANDIDATES;
  }

  private add(i: number): void {
    if (this.marks.mark(i)) this.sink.take(i);
  }

  /** Adds phrase i unless its category or the phrase itself may not be offered. */
  private addIfOfferable(i: number): void {
    if (!this.excluded[this.index.statics.category[i]!] && !this.source.skip(i)) this.add(i);
  }

  /**
   * Adds the first `depth` offerable phrases of each category list (dismissed ones do not count). Given the
   * bucket's part of the score, a list whose ceiling the sink has closed is passed over.
   */
  private readRanked(ranked: RankedLists, depth: number, bucketPart?: number): void {
    const { source, sink } = this;
    for (const { category, list } of ranked[source.mood]) {
      if (this.excluded[category]) continue;
      if (bucketPart !== undefined && sink.closed(category, source.ceiling.ofList(bucketPart, category, list[0]!))) continue;
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

/** Hands the candidates to the sink, each once. */
export function gatherCandidates(index: BankIndex, source: CandidateSource, sink: CandidateSink): void {
  let marks = marksByIndex.get(index);
  if (!marks) marksByIndex.set(index, (marks = new Marks(index.phrases.length)));
  marks.clear();
  const gathering = new Gathering(index, source, marks, sink);

  if (index.statics.uniqueIds) {
    // The phrases triggers and picks lift first: a ceiling holds only for phrases nothing lifts, so lists may be
    // passed over only when every lifted phrase is reached its own way. The order changes nothing else, since
    // leaders tie by id, and by arrival only when ids repeat.
    const allTriggers = gathering.readTriggers();
    const allPicked = gathering.readPicked();
    gathering.readSituationSets(allTriggers && allPicked);
  } else {
    gathering.readSituationSets(false);
    gathering.readTriggers();
    gathering.readPicked();
  }
}
