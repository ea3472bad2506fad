// From scored candidates to the few shown: varied (capped per category and per stage), covering as many reply
// stages as it can, and listed in the order a reply is written.
import { sortedStably } from '../sorted-stably';
import { CATEGORIES, REPLY_STAGES } from '../types';
import type { ReplyPolicy } from './policy';
import type { Scored } from './score';
import { CATEGORY_STAGE, STAGE_ORDER } from './stages';

// Counts and caps are kept in arrays by number, filled once per selection: records built key by key cost more
// than the selection itself.
/** Per category number, its stage's position in the reply (STAGE_ORDER). */
const STAGE_NUMBER: readonly number[] = CATEGORIES.map((category) => STAGE_ORDER[CATEGORY_STAGE[category]]);

/**
 * The phrases chosen so far, counted per category and per stage against the policy's caps. A class rather than
 * closures made per selection: run through tsx, every named closure costs a defineProperty call when it is made.
 * Candidates are known by their position in the ranking, whose categories and stages are looked up once.
 */
class Quotas {
  /** Positions of the phrases chosen, in the order chosen. */
  readonly chosen: number[] = [];
  readonly stageCap: readonly number[];
  /** Per position, its stage's number. */
  readonly stage: number[];
  private readonly categoryCap: readonly number[];
  private readonly taken: boolean[];
  private readonly perCategory = CATEGORIES.map(() => 0);
  private readonly perStage = REPLY_STAGES.map(() => 0);

  constructor(
    private readonly categories: readonly number[],
    policy: ReplyPolicy,
  ) {
    this.categoryCap = policy.categoryCaps;
    this.stageCap = policy.stageCaps;
    this.stage = categories.map((category) => STAGE_NUMBER[category]!);
    this.taken = categories.map(() => false);
  }

  /** True when the phrase at position k is not chosen yet and its category and stage are both under their caps. */
  fits(k: number): boolean {
    const category = this.categories[k]!;
    const stage = this.stage[k]!;
    return !this.taken[k] && this.perCategory[category]! < this.categoryCap[category]! && this.perStage[stage]! < this.stageCap[stage]!;
  }

  take(k: number): void {
    this.chosen.push(k);
    this.taken[k] = true;
    this.perCategory[this.categories[k]!]!++;
    this.perStage[this.stage[k]!]!++;
  }
}

/**
 * Chooses among ranked candidates, known by their categories' numbers, best first. First the best phrase of each
 * stage is taken (strongest stages first), so a reply can be built end to end; then the remaining places go to
 * the best of the rest within the caps. Returns the positions chosen in reply order: by stage, then by rank (best
 * score first, then by id, as the ranking is), so only the chosen need to become objects.
 *
 * (A lazy top-k, a heap popped only as far as selection reads, was tried instead of sorting everything: slower,
 * because the caps often leave places unfilled and selection then reads every candidate anyway.)
 */
export function selectPositions(categories: readonly number[], limit: number, policy: ReplyPolicy): number[] {
  const quotas = new Quotas(categories, policy);
  const { stage } = quotas;

  // The ranking is best first, so the first phrase seen of each stage is its best, and the order stages are first
  // seen in is strongest stage first.
  const bestPerStage: number[] = [];
  const seen = REPLY_STAGES.map(() => false);
  for (let k = 0; k < categories.length && bestPerStage.length < REPLY_STAGES.length; k++) {
    if (seen[stage[k]!] || quotas.stageCap[stage[k]!]! <= 0) continue;
    seen[stage[k]!] = true;
    bestPerStage.push(k);
  }
  for (const k of bestPerStage) {
    if (quotas.chosen.length >= limit) break;
    if (quotas.fits(k)) quotas.take(k);
  }
  for (let k = 0; k < categories.length; k++) {
    if (quotas.chosen.length >= limit) break;
    if (quotas.fits(k)) quotas.take(k);
  }
  // By stage, then by rank (a position's own order).
  return sortedStably(quotas.chosen, (a, b) => stage[a]! < stage[b]! || (stage[a] === stage[b] && a < b));
}

/** `selectPositions` over scored candidates, best first (by score, then id): the chosen ones in reply order. */
export function selectSuggestions<S extends Scored>(ranked: readonly S[], limit: number, policy: ReplyPolicy): S[] {
  return selectPositions(
    ranked.map((s) => s.category),
    limit,
    policy,
  ).map((k) => ranked[k]!);
}
