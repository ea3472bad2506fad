// From scored candidates to the few shown: varied (capped per category and per stage), covering as many reply
// stages as it can, and listed in the order a reply is written.
import { CATEGORIES, REPLY_STAGES, type ReplyStage } from '../types';
import type { ReplyPolicy } from './policy';
import type { Scored } from './score';
import { CATEGORY_STAGE, STAGE_ORDER } from './stages';

/**
 * `ranked` must be best first. First the best phrase of each stage is taken (strongest stages first), so a
 * reply can be built end to end; then the remaining places go to the best of the rest within the caps.
 * Returns the chosen ones in reply order: by stage, then best first, then by id.
 *
 * (A lazy top-k, a heap popped only as far as selection reads, was tried instead of sorting everything: slower,
 * because the caps often leave places unfilled and selection then reads every candidate anyway.)
 */
export function selectSuggestions<S extends Scored>(ranked: readonly S[], limit: number, policy: ReplyPolicy): S[] {
  const chosen: S[] = [];
  const taken = new Set<number>();
  // Counts and caps by category and by stage, looked up for every ranked phrase: plain objects, filled once.
  const perCategory: Record<string, number> = {};
  const categoryCap: Record<string, number> = {};
  for (const category of CATEGORIES) {
    perCategory[category] = 0;
    categoryCap[category] = policy.categoryCap(category);
  }
  const perStage = {} as Record<ReplyStage, number>;
  const stageCap = {} as Record<ReplyStage, number>;
  for (const stage of REPLY_STAGES) {
    perStage[stage] = 0;
    stageCap[stage] = policy.stageCap(stage);
  }
  const fits = (s: S) => {
    const category = s.phrase.category;
    const stage = CATEGORY_STAGE[category];
    return !taken.has(s.index) && perCategory[category]! < categoryCap[category]! && perStage[stage] < stageCap[stage];
  };
  const take = (s: S) => {
    chosen.push(s);
    taken.add(s.index);
    perCategory[s.phrase.category]!++;
    perStage[CATEGORY_STAGE[s.phrase.category]]++;
  };

  // `ranked` is best first, so the first phrase seen of each stage is its best, and the order stages are first
  // seen in is strongest stage first.
  const bestPerStage: S[] = [];
  const seen = new Set<ReplyStage>();
  for (const s of ranked) {
    const stage = CATEGORY_STAGE[s.phrase.category];
    if (seen.has(stage) || stageCap[stage] <= 0) continue;
    seen.add(stage);
    bestPerStage.push(s);
    if (seen.size === REPLY_STAGES.length) break;
  }
  for (const s of bestPerStage) {
    if (chosen.length >= limit) break;
    if (fits(s)) take(s);
  }
  for (const s of ranked) {
    if (chosen.length >= limit) break;
    if (fits(s)) take(s);
  }

  return chosen.sort(
    (a, b) =>
      STAGE_ORDER[CATEGORY_STAGE[a.phrase.category]] - STAGE_ORDER[CATEGORY_STAGE[b.phrase.category]] ||
      b.score - a.score ||
      (a.phrase.id < b.phrase.id ? -1 : a.phrase.id > b.phrase.id ? 1 : 0),
  );
}
