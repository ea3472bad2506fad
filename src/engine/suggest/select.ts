// From scored candidates to the few shown: varied (capped per category and per stage), covering as many reply
// stages as it can, and listed in the order a reply is written.
import { CATEGORIES, REPLY_STAGES, type Category } from '../types';
import type { ReplyPolicy } from './policy';
import type { Scored } from './score';
import { CATEGORY_STAGE, STAGE_ORDER } from './stages';

// Counts and caps are kept in arrays by number, filled once per selection: records built key by key cost more
// than the selection itself.
const CATEGORY_NUMBER = Object.fromEntries(CATEGORIES.map((category, n) => [category, n])) as Readonly<Record<Category, number>>;
/** Per category number, its stage's position in the reply (STAGE_ORDER). */
const STAGE_NUMBER: readonly number[] = CATEGORIES.map((category) => STAGE_ORDER[CATEGORY_STAGE[category]]);

function stageOf(s: Scored): number {
  return STAGE_NUMBER[CATEGORY_NUMBER[s.phrase.category]]!;
}

/**
 * The phrases chosen so far, counted per category and per stage against the policy's caps. A class rather than
 * closures made per selection: run through tsx, every named closure costs a defineProperty call when it is made.
 */
class Quotas<S extends Scored> {
  readonly chosen: S[] = [];
  readonly stageCap: readonly number[];
  private readonly categoryCap: readonly number[];
  private readonly taken = new Set<number>();
  private readonly perCategory = CATEGORIES.map(() => 0);
  private readonly perStage = REPLY_STAGES.map(() => 0);

  constructor(policy: ReplyPolicy) {
    this.categoryCap = CATEGORIES.map((category) => policy.categoryCap(category));
    this.stageCap = REPLY_STAGES.map((stage) => policy.stageCap(stage));
  }

  /** True when `s` is not chosen yet and its category and stage are both under their caps. */
  fits(s: S): boolean {
    const category = CATEGORY_NUMBER[s.phrase.category];
    const stage = STAGE_NUMBER[category]!;
    return !this.taken.has(s.index) && this.perCategory[category]! < this.categoryCap[category]! && this.perStage[stage]! < this.stageCap[stage]!;
  }

  take(s: S): void {
    const category = CATEGORY_NUMBER[s.phrase.category];
    this.chosen.push(s);
    this.taken.add(s.index);
    this.perCategory[category]!++;
    this.perStage[STAGE_NUMBER[category]!]!++;
  }
}

/**
 * `ranked` must be best first. First the best phrase of each stage is taken (strongest stages first), so a
 * reply can be built end to end; then the remaining places go to the best of the rest within the caps.
 * Returns the chosen ones in reply order: by stage, then best first, then by id.
 *
 * (A lazy top-k, a heap popped only as far as selection reads, was tried instead of sorting everything: slower,
 * because the caps often leave places unfilled and selection then reads every candidate anyway.)
 */
export function selectSuggestions<S extends Scored>(ranked: readonly S[], limit: number, policy: ReplyPolicy): S[] {
  const quotas = new Quotas<S>(policy);

  // `ranked` is best first, so the first phrase seen of each stage is its best, and the order stages are first
  // seen in is strongest stage first.
  const bestPerStage: S[] = [];
  const seen = REPLY_STAGES.map(() => false);
  for (const s of ranked) {
    const stage = stageOf(s);
    if (seen[stage] || quotas.stageCap[stage]! <= 0) continue;
    seen[stage] = true;
    bestPerStage.push(s);
    if (bestPerStage.length === REPLY_STAGES.length) break;
  }
  for (const s of bestPerStage) {
    if (quotas.chosen.length >= limit) break;
    if (quotas.fits(s)) quotas.take(s);
  }
  for (const s of ranked) {
    if (quotas.chosen.length >= limit) break;
    if (quotas.fits(s)) quotas.take(s);
  }

  return quotas.chosen.sort(
    (a, b) => stageOf(a) - stageOf(b) || b.score - a.score || (a.phrase.id < b.phrase.id ? -1 : a.phrase.id > b.phrase.id ? 1 : 0),
  );
}
