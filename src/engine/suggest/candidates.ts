// Which phrases are worth scoring for one ticket. Selection keeps at most DEFAULT_CATEGORY_CAP phrases per
// category, so from each situation-set bucket that fits the ticket only the first few of each category can
// matter (its members share the situation score and are pre-sorted by the rest). Triggers and the agent's
// history lift phrases out of that order, so the phrases they touch are added on top.
//
// Candidates are scored and offered to the category leaders as they are reached. Once the phrases triggers and
// picks lift are in, the buckets are read best situation part first, a bucket's category list only as far as its
// phrases' score ceilings reach the leaders kept for its category, and a category not at all once no bucket left
// can reach them: none of those phrases could be chosen.
import { sortedStably } from '../sorted-stably';
import { CATEGORIES, type Category, type Mood } from '../types';
import type { BankIndex, RankedLists } from './bank-index';
import { bucketFits, bucketGroups } from './bucket-groups';
import type { CategoryLeaders } from './category-leaders';
import { historyCount, mostPicked } from './history';
import { DEFAULT_CATEGORY_CAP } from './policy';
import type { TicketScorer } from './score';
import { freshStamps, type Stamps } from './stamps';

/** Phrases read in full from trigger buckets per ticket; past it, big buckets are read by rank. */
const TRIGGER_BUDGET = 1000;
/** How deep a big trigger bucket is read per category when it is read by rank. */
const TRIGGER_DEPTH = 5;
/** History is caller-supplied; only this many of its most picked phrases become candidates. */
const MAX_PICKED_CANDIDATES = 64;

export interface CandidateSource {
  mood: Mood;
  triggersFound: ReadonlySet<number>;
  picked?: Record<string, number>;
  /** Phrases the agent dismissed may rank below their bucket order, so they do not fill a category's quota. */
  dismissed?: Record<string, number>;
  excludedCategories: ReadonlySet<Category>;
  /** Says which phrases must not be offered (hidden by the agent, already in the draft, wrong for the mood). */
  filter: { skips(index: number): boolean };
}

const EVERY_CATEGORY = (1 << CATEGORIES.length) - 1;

// Which phrases a pass has already taken, by bank index.
const marksByIndex = new WeakMap<BankIndex, Stamps>();

/**
 * One pass over the sources. A class rather than closures made per pass: run through tsx, every named closure
 * costs a defineProperty call when it is made.
 */
class Gathering {
  /** The categories still read, as bits (1 << number in CATEGORIES): at first, every one not excluded. */
  private open = 0;

  constructor(
    private readonly index: BankIndex,
    private readonly source: CandidateSource,
    private readonly marks: Stamps,
    private readonly scorer: TicketScorer,
    private readonly leaders: CategoryLeaders,
  ) {
    this.open = EVERY_CATEGORY;
    for (const category of source.excludedCategories) this.open &= ~(1 << CATEGORIES.indexOf(category));
  }

  /**
   * Reads the lists of the situation-set buckets that fit the ticket (those sharing a detected situation, and the
   * any-situation one); with `byCeiling`, passes over lists the leaders have closed.
   */
  readSituationSets(byCeiling: boolean): void {
    const { index, scorer } = this;
    const { detectedMask } = scorer;
    const { masks, ranked } = index.situationSets;
    const lists = ranked[this.source.mood];
    if (!byCeiling) {
      for (let b = 0; b < masks.length; b++) {
        if (bucketFits(masks[b]!, detectedMask)) this.readRanked(lists, b, DEFAULT_CATEGORY_CAP);
      }
      return;
    }
    // Groups of buckets sharing the same detected situations score the same situation part: best part first, so
    // the leaders fill with high scores early. Before each group, a category whose leaders even its best fitting
    // phrase could not reach at this part is closed for good: every later group's part is no higher.
    const { leaders } = this;
    const groups = bucketGroups(index, detectedMask);
    // A loop, not Array.from with a mapping function: that walks the typed array through its iterator.
    const parts: number[] = [];
    for (let g = 0; g < groups.situations.length; g++) parts.push(scorer.bucketPart(groups.situations[g]!));
    // Highest part first; equal parts in group order.
    const groupOrder = sortedStably(
      parts.map((_, g) => g),
      (a, b) => parts[a]! > parts[b]!,
    );
    for (const g of groupOrder) {
      const part = parts[g]!;
      for (let bits = this.open; bits !== 0; bits &= bits - 1) {
        const c = 31 - Math.clz32(bits & -bits);
        if (leaders.closed(c, scorer.ceilingBase(part, c) + lists.bestFit[c]!)) this.open &= ~(1 << c);
      }
      if (this.open === 0) return;
      for (let k = groups.start[g]!, end = groups.start[g + 1]!; k < end; k++) {
        const b = groups.buckets[k]!;
        if ((lists.bucketCategories[b]! & this.open) !== 0) this.readRanked(lists, b, DEFAULT_CATEGORY_CAP, part);
      }
    }
  }

  /** Reads the buckets of the triggers found; true when every one was read in full. */
  readTriggers(): boolean {
    const { index, source } = this;
    let budget = TRIGGER_BUDGET;
    let inFull = true;
    const buckets = [...source.triggersFound].map((n) => index.byTrigger[n]!);
    let total = 0;
    for (const bucket of buckets) total += bucket.members.length;
    // Small buckets first, so the budget covers as many triggers as possible in full. (When it covers them all,
    // the order only matters for phrases that share an id: they tie by arrival.)
    if (total > budget || !index.statics.uniqueIds) buckets.sort((a, b) => a.members.length - b.members.length);
    for (const bucket of buckets) {
      if (!bucket.ranked || bucket.members.length <= budget) {
        for (const i of bucket.members) this.addIfOfferable(i);
        budget -= bucket.members.length;
      } else {
        this.readRanked(bucket.ranked[source.mood], 0, TRIGGER_DEPTH);
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

  /**
   * Scores phrase i, once per pass, and offers it to the leaders when it scores anything. `bucketPart`: reached
   * through a fitting situation-set bucket, whose part it is, after every phrase triggers and picks lift (see
   * `scoreInBucket`).
   */
  private add(i: number, bucketPart?: number): void {
    if (!this.marks.mark(i)) return;
    const value = bucketPart === undefined ? this.scorer.score(i) : this.scorer.scoreInBucket(i, bucketPart);
    // A phrase that scores nothing fits neither the ticket nor the customer: better no suggestion than noise.
    // (NaN, for a phrase that may not be offered, is not above 0 either.)
    if (value > 0) this.leaders.offer(i, value);
  }

  /** Adds phrase i unless its category or the phrase itself may not be offered. */
  private addIfOfferable(i: number): void {
    if (this.isOpen(this.index.statics.category[i]!) && !this.source.filter.skips(i)) this.add(i);
  }

  private isOpen(category: number): boolean {
    return ((this.open >> category) & 1) === 1;
  }

  /**
   * Adds the first `depth` offerable phrases of each category list of bucket b (dismissed ones do not count).
   * Given the situation part of a situation-set bucket read after every lifted phrase, a list is read only as far
   * as its phrases' ceilings reach the leaders: they share the part and the category's bonus and come best fit
   * first, so once one cannot, none after it can.
   */
  private readRanked(lists: RankedLists, b: number, depth: number, part?: number): void {
    const { scorer, leaders, source } = this;
    const { bucketStart, category, memberStart, members } = lists;
    for (let list = bucketStart[b]!, end = bucketStart[b + 1]!; list < end; list++) {
      const c = category[list]!;
      if (!this.isOpen(c)) continue;
      const base = part === undefined ? undefined : scorer.ceilingBase(part, c);
      let counted = 0;
      for (let k = memberStart[list]!, to = memberStart[list + 1]!; k < to && counted < depth; k++) {
        const i = members[k]!;
        if (base !== undefined && leaders.closed(c, scorer.ceilingOf(base, i))) break;
        if (source.filter.skips(i)) continue;
        this.add(i, part);
        if (!source.dismissed || historyCount(source.dismissed, this.index.phrases[i]!.id) === 0) counted++;
      }
    }
  }
}

/** Scores every candidate, once, and offers those that score anything to the leaders. */
export function gatherCandidates(
  index: BankIndex,
  source: CandidateSource,
  scorer: TicketScorer,
  leaders: CategoryLeaders,
): void {
  const marks = freshStamps(marksByIndex, index, index.phrases.length);
  const gathering = new Gathering(index, source, marks, scorer, leaders);

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
