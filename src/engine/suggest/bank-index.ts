// Everything the suggester looks phrases up by, built once per bank. Phrases are reached through buckets instead
// of being scored one by one:
// - one bucket per distinct situation set ("delivery", "delivery+waiting", none = any situation). Every member of
//   a bucket gets the same situation score for a ticket, and the bucket keeps, per mood and per category, its
//   members pre-sorted by the rest of their static score (mood and tone fit). So the first few of each list are
//   exactly the bucket's best, whatever the ticket.
// - one bucket per distinct trigger pattern, read in full when small (triggers are sparse and strong).
import { CATEGORIES, MOODS, type Category, type Mood, type Phrase, type Situation } from '../types';
import { staticFit } from './fit';
import { TriggerFinder } from './trigger-finder';

/** Phrases (indexes into the bank) per mood, per category, best static fit first, ties by id. */
export type RankedLists = Readonly<Record<Mood, ReadonlyMap<Category, readonly number[]>>>;

export interface SituationSetBucket {
  /** The situations every member lists; empty for phrases that fit any situation. */
  situations: readonly Situation[];
  ranked: RankedLists;
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
}

function rank(members: readonly number[], phrases: readonly Phrase[], fit: Record<Mood, Float64Array>): RankedLists {
  const ranked = {} as Record<Mood, Map<Category, number[]>>;
  for (const mood of MOODS) {
    const score = fit[mood];
    const sorted = [...members].sort(
      (a, b) => score[b]! - score[a]! || (phrases[a]!.id < phrases[b]!.id ? -1 : phrases[a]!.id > phrases[b]!.id ? 1 : 0),
    );
    const byCategory = new Map<Category, number[]>();
    for (const i of sorted) push(byCategory, phrases[i]!.category, i);
    ranked[mood] = byCategory;
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
    situationSets: [...setMembers].map(([key, members]) => ({
      situations: key ? (key.split('+') as Situation[]) : [],
      ranked: rank(members, phrases, fit),
    })),
    byTrigger: triggerMembers.map((members) =>
      members.length > SMALL_TRIGGER_BUCKET ? { members, ranked: rank(members, phrases, fit) } : { members },
    ),
    triggerPatterns,
    phraseTriggers,
    triggers: new TriggerFinder(triggerPatterns),
  };
}
