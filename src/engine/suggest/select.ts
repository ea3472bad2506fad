// From scored candidates to the few shown: varied (capped per category and per stage), covering as many reply
// stages as it can, and listed in the order a reply is written.
import type { Category, ReplyStage, Suggestion } from '../types';
import type { ReplyPolicy } from './policy';
import type { Scored } from './score';
import { CATEGORY_STAGE, STAGE_ORDER } from './stages';

/**
 * `ranked` must be best first. First the best phrase of each stage is taken (strongest stages first), so a
 * reply can be built end to end; then the remaining places go to the best of the rest within the caps.
 */
export function selectSuggestions(ranked: readonly Scored[], limit: number, policy: ReplyPolicy): Suggestion[] {
  const chosen: Scored[] = [];
  const taken = new Set<number>();
  const perCategory = new Map<Category, number>();
  const perStage = new Map<ReplyStage, number>();
  const fits = (s: Scored) => {
    const stage = CATEGORY_STAGE[s.phrase.category];
    return (
      !taken.has(s.index) &&
      (perCategory.get(s.phrase.category) ?? 0) < policy.categoryCap(s.phrase.category) &&
      (perStage.get(stage) ?? 0) < policy.stageCap(stage)
    );
  };
  const take = (s: Scored) => {
    chosen.push(s);
    taken.add(s.index);
    perCategory.set(s.phrase.category, (perCategory.get(s.phrase.category) ?? 0) + 1);
    const stage = CATEGORY_STAGE[s.phrase.category];
    perStage.set(stage, (perStage.get(stage) ?? 0) + 1);
  };

  const bestPerStage = new Map<ReplyStage, Scored>();
  for (const s of ranked) {
    const stage = CATEGORY_STAGE[s.phrase.category];
    if (!bestPerStage.has(stage) && policy.stageCap(stage) > 0) bestPerStage.set(stage, s);
  }
  // `ranked` is best first, so the map's insertion order is already strongest stage first.
  for (const s of bestPerStage.values()) {
    if (chosen.length >= limit) break;
    if (fits(s)) take(s);
  }
  for (const s of ranked) {
    if (chosen.length >= limit) break;
    if (fits(s)) take(s);
  }

  return chosen
    .map((s) => ({ phrase: s.phrase, stage: CATEGORY_STAGE[s.phrase.category], score: s.score, reasons: s.reasons }))
    .sort(
      (a, b) =>
        STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] ||
        b.score - a.score ||
        (a.phrase.id < b.phrase.id ? -1 : a.phrase.id > b.phrase.id ? 1 : 0),
    );
}
