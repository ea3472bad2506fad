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

/** A category's phrases (indexes into the bank), best static fit first, ties by id. */
export interface CategoryList {
  /** The category's number in CATEGORIES. */
  category: number;
  list: readonly number[];
}

/**
 * Per mood, the category lists, categories in the order their first member ranks. A plain array rather than a
 * Map: every ticket walks dozens of them, and iterating a Map's entries allocates.
 */
export type RankedLists = Readonly<Record<Mood, readonly CategoryList[]>>;

export interface SituationSetBucket {
  /** The situations every member lists; empty for phrases that fit any situation. */
  situations: readonly Situation[];
  /** The same situations as bits (1 << number in SITUATIONS), so a ticket tests a bucket with one AND. */
  mask: number;
  ranked: RankedLists;
}

/**
 * What the score of a phrase needs that does not depend on the ticket, computed once per bank so scoring a
 * candidate reads arrays instead of re-deriving it (read by `createScorer`, score.ts).
 */
export interface PhraseStatics {
  /** Per phrase, its known situations as numbers in SITUATIONS, each once, in the order the phrase lists them. */
  situations: readonly (readonly number[])[];
  /** 1 when the phrase lists no situation at all (it fits any). */
  anySituation: Uint8Array;
  /** The phrase's category as a number in CATEGORIES. */
  category: Uint8Array;
  /** Per mood, mood fit + tone fit (`staticFit`). */
  fit: Readonly<Record<Mood, Float64Array>>;
  /** Per mood, 1 when the phrase was written for other moods only (`moodFit` is MOOD_MISMATCH). */
  moodMismatch: Readonly<Record<Mood, Uint8Array>>;
  /** 1 when the phrase holds a request slot (`answersARequest`). */
  answersRequest: Uint8Array;
  /** The phrase's place among all ids in string order; equal ids share one, so ties break exactly as by id. */
  idRank: Int32Array;
  /** True when no two phrases share an id (the validator rejects banks where they do, but the engine takes them). */
  uniqueIds: boolean;
}

export interface TriggerBucket {
  members: readonly number[];
  /** Only for big buckets, read by rank when reading them in full would cost too much. */
  ranked?: RankedLists;
}

/** Trigger buckets up to this size are always read in full; bigger ones get ranked lists. */
export const SMALL_TRIGGER_BUCKET = 64;

export interface BankIndex {
  phrases: readonly Phrase[];
  byId: ReadonlyMap<string, number>;
  situationSets: readonly SituationSetBucket[];
  /** By trigger pattern number. */
  byTrigger: readonly TriggerBucket[];
  triggerPatterns: readonly string[];
  /** The trigger pattern numbers of each phrase. */
  phraseTriggers: readonly (readonly number[])[];
  triggers: TriggerFinder;
  statics: PhraseStatics;
}

/**
 * The bit of a situation in a SituationSetBucket mask. A situation outside SITUATIONS (index -1) gets bit 31, which
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

function staticsOf(phrases: readonly Phrase[], fit: Record<Mood, Float64Array>): PhraseStatics {
  const moodMismatch = {} as Record<Mood, Uint8Array>;
  for (const mood of MOODS) moodMismatch[mood] = Uint8Array.from(phrases, (p) => (moodFit(p, mood) === MOOD_MISMATCH ? 1 : 0));
  return {
    situations: phrases.map((p) => [...new Set(p.situations)].map((s) => SITUATIONS.indexOf(s)).filter((n) => n >= 0)),
    anySituation: Uint8Array.from(phrases, (p) => (p.situations.length === 0 ? 1 : 0)),
    category: Uint8Array.from(phrases, (p) => CATEGORIES.indexOf(p.category)),
    fit,
    moodMismatch,
    answersRequest: Uint8Array.from(phrases, (p) => (answersARequest(p) ? 1 : 0)),
    idRank: idRanks(phrases),
    uniqueIds: new Set(phrases.map((p) => p.id)).size === phrases.length,
  };
}

function rank(members: readonly number[], phrases: readonly Phrase[], fit: Record<Mood, Float64Array>): RankedLists {
  const ranked = {} as Record<Mood, CategoryList[]>;
  for (const mood of MOODS) {
    const score = fit[mood];
    const sorted = [...members].sort(
      (a, b) => score[b]! - score[a]! || (phrases[a]!.id < phrases[b]!.id ? -1 : phrases[a]!.id > phrases[b]!.id ? 1 : 0),
    );
    const byCategory = new Map<Category, number[]>();
    for (const i of sorted) push(byCategory, phrases[i]!.category, i);
    ranked[mood] = [...byCategory].map(([category, list]) => ({ category: CATEGORIES.indexOf(category), list }));
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

  return {
    phrases,
    byId,
    situationSets: [...setMembers].map(([key, members]) => {
      const situations = key ? (key.split('+') as Situation[]) : [];
      return { situations, mask: situations.reduce((mask, s) => mask | situationBit(s), 0), ranked: rank(members, phrases, fit) };
    }),
    byTrigger: triggerMembers.map((members) =>
      members.length > SMALL_TRIGGER_BUCKET ? { members, ranked: rank(members, phrases, fit) } : { members },
    ),
    triggerPatterns,
    phraseTriggers,
    triggers: new TriggerFinder(triggerPatterns),
    statics: staticsOf(phrases, fit),
  };
}
