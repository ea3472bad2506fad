// What the middle of a reply does for each kind of ticket. A skilled agent answering a late delivery gives the
// new date; for a refund they state the rule or meet the customer halfway; for a login problem they diagnose.
// Generic moves (asking for details, a stock "yes, if…") come after the situation's own answer. A manager
// request's own answer is the hand-off, which sits in the next-step stage.
import type { Category, Situation } from '../types';

export const SITUATION_ADDRESS: Readonly<Record<Situation, readonly Category[]>> = {
  delivery: ['delay-update'],
  waiting: ['delay-update'],
  refund: ['policy', 'compromise'],
  faulty: ['compromise', 'yes-if'],
  billing: ['policy', 'compromise'],
  discount: ['yes-if', 'policy'],
  cancellation: ['policy', 'compromise'],
  unavailable: ['cant-provide', 'compromise'],
  technical: ['info-gathering', 'delay-update'],
  escalation: ['escalation-handoff', 'cant-provide'],
  complaint: ['compromise', 'hard-question'],
};

/** Bonus for the dominant situation's own address categories; a secondary situation's count by its weight. */
export const OWN_KIND_BONUS = 1.5;

/** Per category, the largest bonus any detected situation gives it (weights relative to the strongest, 0..1]. */
export function ownKindBonuses(situations: ReadonlyMap<Situation, number>): Map<Category, number> {
  const bonuses = new Map<Category, number>();
  for (const [situation, weight] of situations) {
    for (const category of SITUATION_ADDRESS[situation]) {
      bonuses.set(category, Math.max(bonuses.get(category) ?? 0, OWN_KIND_BONUS * weight));
    }
  }
  return bonuses;
}
