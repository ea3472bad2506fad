// Everything the suggester looks phrases up by, built once per bank. Phrases are reached through buckets instead
// of being scored one by one:
// - one bucket per distinct situation set ("delivery", "delivery+waiting", none = any situation). Every member of
//   a bucket gets the same situation score for a ticket, and the bucket keeps, per mood and per category, its
//   members pre-sorted by the rest of their static score (mood and tone fit). So the first few of each list are
//   exactly the bucket's best, whatever the ticket.
// - one bucket per distinct trigger pattern, read in full when small (triggers are sparse and strong).
import { CATEGORIES, MOODS, SITUATIONS, type Category, type Mood, type Phrase, type Situation } from '../types';
import { MOOD_MISMATCH, moodFit, staticFit } from './fit';
import { answersARequest } from './score';
import { TriggerFinder } from './trigger-finder';

/**
 * Buckets of phrases, each split per mood into category lists, in flat arrays: a ticket walks a hundred or more
 * lists, and one object per list cost more to reach than the phrases read from it. Bucket b's lists are numbers
 * `bucketStart[b]` up to `bucketStart[b + 1]`; list L holds phrases of category `category[L]` (its number in
 * CATEGORIES), `members[memberStart[L]]` up to `memberStart[L + 1]`, best static fit for the mood first, ties by
 * id. A bucket's lists come in the order their first members rank.
 */
export interface RankedLists {
  bucketStart: Int32Array;
  category: Uint8Array;
  memberStart: Int32Array;
  members: Int32Array;
  /** Per bucket, the categories it has a list of, as bits (1 << number in CATEGORIES). */
  bucketCategories: Int32Array;
  /** Per category number, the best fit of its phrases in any list (-Infinity when it has none). */
  bestFit: Float64Array;
}

/**
 * One bucket per distinct situation set, in bank order of their first phrase. `masks[b]` holds bucket b's
 * situations as bits (1 << number in SITUATIONS; 0 for phrases that fit any situation), so a ticket tests a
 * bucket with one AND.
 *
 * A mood's lists leave out the phrases that can never score on situation and mood alone for it: those written for
 * other moods, and those that answer a request (see `TicketScorer`). Only a trigger or a pick lifts them, and
 * those are read on their own. Kept in, they took places in a list's first few, which are all it is read for,
 * and hid a phrase that could score behind them.
 */
export interface SituationSets {
  masks: Int32Array;
  ranked: Readonly<Record<Mood, RankedLists>>;
}

/**
 * What the score of a phrase needs that does not depend on the ticket, computed once per bank so scoring a
 * candidate reads arrays instead of re-deriving it (read by `TicketScorer`, score.ts).
 */
export interface PhraseStatics {
  /**
   * Per phrase, its known situations as numbers in SITUATIONS, each once, in the order the phrase lists them:
   * phrase i's are `situationList[situationStart[i]]` up to `situationStart[i + 1]` (one flat array, not one per phrase).
   */
  situationStart: Int32Array;
  situationList: Int32Array;
  /** Per phrase, its trigger pattern numbers, laid out the same way. */
  triggerStart: Int32Array;
  triggerList: Int32Array;
  /** 1 when the phrase lists no situation at all (it fits any). */
  anySituation: Uint8Array;
  /** 1 when the phrase's situation numbers ascend, as a bucket's mask bits are read (see `TicketScorer.scoreInBucket`). */
  situationsAscend: Uint8Array;
  /** The phrase's category as a number in CATEGORIES. */
  category: Uint8Array;
  /** Per mood, mood fit + tone fit (`staticFit`). */
  fit: Readonly<Record<Mood, Float64Array>>;
  /** Per mood, 1 when the phrase was written for other moods only (`moodFit` is MOOD_MISMATCH). */
  moodMismatch: Readonly<Record<Mood, Uint8Array>>;
  /** Per mood, 1 when the phrase was written for it (its `moods` list it). */
  moodMatch: Readonly<Record<Mood, Uint8Array>>;
  /** 1 when the phrase is a long one (`length: long`). */
  long: Uint8Array;
  /** 1 when the phrase holds a request slot (`answersARequest`). */
  answersRequest: Uint8Array;
  /** The phrase's place among all ids in string order; equal ids share one, so ties break exactly as by id. */
  idRank: Int32Array;
  /** True when no two phrases share an id (the validator rejects banks where they do, but the engine takes them). */
  uniqueIds: boolean;
}

export interface TriggerBucket {
  members: readonly number[];
  /** Only for big buckets, read by rank when reading them in full would cost too much: their one bucket's lists. */
  ranked?: Readonly<Record<Mood, RankedLists>>;
}

/** Trigger buckets up to this size are always read in full; bigger ones get ranked lists. */
export const SMALL_TRIGGER_BUCKET = 64;

export interface BankIndex {
  phrases: readonly Phrase[];
  byId: ReadonlyMap<string, number>;
  situationSets: SituationSets;
  /** By trigger pattern number. */
  byTrigger: readonly TriggerBucket[];
  triggerPatterns: readonly string[];
  triggers: TriggerFinder;
  statics: PhraseStatics;
}

/**
 * The bit of a situation in a situation-set bucket's mask. A situation outside SITUATIONS (index -1) gets bit 31, which
 * no ticket sets: a phrase written only for it fits no ticket by situation, as before masks.
 */
export function situationBit(situation: Situation): number {
  return 1 << SITUATIONS.indexOf(situation);
}

function idRanks(phrases: readonly Phrase[]): Int32Array {
  const order = phrases.map((_, i) => i).sort((a, b) => (phrases[a]!.id < phrases[b]!.id ? -1 : phrases[a]!.id > phrases[b]!.id ? 1 : 0));
  const ranks = new Int32Array(phrases.length);
  order.forEach((i, k) => {
    const previous = order[k - 1];
    ranks[i] = previous !== undefined && phrases[previous]!.id === phrases[i]!.id ? ranks[previous]! : k;
  });
  return ranks;
}

/** Lists of numbers, one per phrase, as one flat array and where each phrase's list starts in it. */
function flatten(lists: readonly (readonly number[])[]): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((items, i) => (start[i + 1] = start[i]! + items.length));
  const list = new Int32Array(start[lists.length]!);
  lists.forEach((items, i) => list.set(items, start[i]!));
  return { start, list };
}

function staticsOf(phrases: readonly Phrase[], fit: Record<Mood, Float64Array>, phraseTriggers: readonly number[][]): PhraseStatics {
  const moodMismatch = {} as Record<Mood, Uint8Array>;
  const moodMatch = {} as Record<Mood, Uint8Array>;
  for (const mood of MOODS) {
    moodMismatch[mood] = Uint8Array.from(phrases, (p) => (moodFit(p, mood) === MOOD_MISMATCH ? 1 : 0));
    moodMatch[mood] = Uint8Array.from(phrases, (p) => (p.moods.includes(mood) ? 1 : 0));
  }
  const situationLists = phrases.map((p) => [...new Set(p.situations)].map((s) => SITUATIONS.indexOf(s)).filter((n) => n >= 0));
  const situations = flatten(situationLists);
  const triggers = flatten(phraseTriggers);
  return {
    situationsAscend: Uint8Array.from(situationLists, (list) => (list.every((n, k) => k === 0 || list[k - 1]! < n) ? 1 : 0)),
    situationStart: situations.start,
    situationList: situations.list,
    triggerStart: triggers.start,
    triggerList: triggers.list,
    anySituation: Uint8Array.from(phrases, (p) => (p.situations.length === 0 ? 1 : 0)),
    category: Uint8Array.from(phrases, (p) => CATEGORIES.indexOf(p.category)),
    fit,
    moodMismatch,
    moodMatch,
    long: Uint8Array.from(phrases, (p) => (p.length === 'long' ? 1 : 0)),
    answersRequest: Uint8Array.from(phrases, (p) => (answersARequest(p) ? 1 : 0)),
    idRank: idRanks(phrases),
    uniqueIds: new Set(phrases.map((p) => p.id)).size === phrases.length,
  };
}

/** The buckets' category lists for each mood (see RankedLists), of the members `keeps` keeps for the mood. */
function rank(
  buckets: readonly (readonly number[])[],
  phrases: readonly Phrase[],
  fit: Record<Mood, Float64Array>,
  keeps: (i: number, mood: Mood) => boolean = () => true,
): Record<Mood, RankedLists> {
  const ranked = {} as Record<Mood, RankedLists>;
  for (const mood of MOODS) {
    const score = fit[mood];
    const lists: { category: number; list: number[] }[] = [];
    const bucketStart = new Int32Array(buckets.length + 1);
    buckets.forEach((members, b) => {
      const sorted = members.filter((i) => keeps(i, mood)).sort(
        (x, y) => score[y]! - score[x]! || (phrases[x]!.id < phrases[y]!.id ? -1 : phrases[x]!.id > phrases[y]!.id ? 1 : 0),
      );
      const byCategory = new Map<Category, number[]>();
      for (const i of sorted) push(byCategory, phrases[i]!.category, i);
      for (const [category, list] of byCategory) lists.push({ category: CATEGORIES.indexOf(category), list });
      bucketStart[b + 1] = lists.length;
    });
    const { start: memberStart, list: members } = flatten(lists.map((l) => l.list));
    const bucketCategories = new Int32Array(buckets.length);
    const bestFit = new Float64Array(CATEGORIES.length).fill(-Infinity);
    buckets.forEach((_, b) => {
      for (let l = bucketStart[b]!; l < bucketStart[b + 1]!; l++) {
        const { category, list } = lists[l]!;
        bucketCategories[b]! |= 1 << category;
        bestFit[category] = Math.max(bestFit[category]!, score[list[0]!]!);
      }
    });
    ranked[mood] = { bucketStart, category: Uint8Array.from(lists, (l) => l.category), memberStart, members, bucketCategories, bestFit };
  }
  return ranked;
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Trigger patterns are shared by many phrases; one matcher term per distinct spelling keeps matching cheap. */
function triggerKey(pattern: string): string {
  return pattern.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function buildBankIndex(bankPhrases: readonly Phrase[]): BankIndex {
  // A phrase whose category is unknown has no place in a reply; the bank validator reports it.
  const phrases = bankPhrases.filter((p) => CATEGORIES.includes(p.category));
  const fit = {} as Record<Mood, Float64Array>;
  for (const mood of MOODS) fit[mood] = Float64Array.from(phrases, (p) => staticFit(p, mood));

  const setMembers = new Map<string, number[]>();
  const patternNumber = new Map<string, number>();
  const triggerPatterns: string[] = [];
  const triggerMembers: number[][] = [];
  const phraseTriggers: number[][] = [];
  const byId = new Map<string, number>();

  phrases.forEach((phrase, i) => {
    if (!byId.has(phrase.id)) byId.set(phrase.id, i);
    push(setMembers, [...new Set(phrase.situations)].sort().join('+'), i);
    const own = new Set<number>();
    for (const trigger of phrase.triggers) {
      const key = triggerKey(trigger);
      if (!key) continue;
      let n = patternNumber.get(key);
      if (n === undefined) {
        n = triggerPatterns.length;
        patternNumber.set(key, n);
        triggerPatterns.push(trigger.trim());
        triggerMembers.push([]);
      }
      if (!own.has(n)) triggerMembers[n]!.push(i);
      own.add(n);
    }
    phraseTriggers.push([...own]);
  });

  const statics = staticsOf(phrases, fit, phraseTriggers);
  const scoresOnSituationAndMood = (i: number, mood: Mood) => statics.moodMismatch[mood][i] === 0 && statics.answersRequest[i] === 0;
  const situationSets: SituationSets = {
    masks: Int32Array.from(setMembers.keys(), (key) => (key ? key.split('+') : []).reduce((mask, s) => mask | situationBit(s as Situation), 0)),
    ranked: rank([...setMembers.values()], phrases, fit, scoresOnSituationAndMood),
  };
  return {
    phrases,
    byId,
    situationSets,
    byTrigger: triggerMembers.map((members) =>
      members.length > SMALL_TRIGGER_BUCKET ? { members, ranked: rank([members], phrases, fit) } : { members },
    ),
    triggerPatterns,
    triggers: new TriggerFinder(triggerPatterns),
    statics,
  };
}
