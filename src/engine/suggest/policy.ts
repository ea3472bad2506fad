// How the customer's state and the agent's draft reshape a reply: which categories lead, which are off the table,
// and how many of each may be offered.
import { CATEGORIES, type Analysis, type Category, type Mood, type Phrase, type ReplyStage } from '../types';
import { ownKindBonuses } from './address-kinds';
import type { DraftReading } from './draft';
import { isUpset } from './fit';
import { situationWeights } from './situation-weights';
import { CATEGORY_STAGE } from './stages';

export const DEFAULT_CATEGORY_CAP = 2;
export const DEFAULT_STAGE_CAP = 3;

export interface ReplyPolicy {
  mood: Mood;
  /** Added to every phrase of a category, with the reason shown when it is positive. */
  categoryBonus: ReadonlyMap<Category, { bonus: number; reason?: string }>;
  excludedCategories: ReadonlySet<Category>;
  categoryCap(category: Category): number;
  stageCap(stage: ReplyStage): number;
  /** Phrase-level exclusions: the draft already holds it, or it does not suit this customer. */
  excludes(phrase: Phrase): boolean;
}

type CategoryBonus = Map<Category, { bonus: number; reason?: string }>;

/** Adds to a category's bonus; its first reason stays. */
function addBonus(bonus: CategoryBonus, category: Category, value: number, reason?: string): void {
  const current = bonus.get(category);
  bonus.set(category, { bonus: (current?.bonus ?? 0) + value, reason: current?.reason ?? reason });
}

export function replyPolicy(analysis: Analysis, draft: DraftReading): ReplyPolicy {
  const mood = analysis.mood.mood;
  const abusive = analysis.abuse.abusive;
  const bonus: CategoryBonus = new Map();
  const excluded = new Set<Category>();
  const categoryCaps = new Map<Category, number>();
  const stageCaps = new Map<ReplyStage, number>();

  if (abusive) {
    // Boundaries first, then calm the exchange or hand it on; never bargain with abuse.
    addBonus(bonus, 'boundary', 6, 'abusive language: set a boundary');
    addBonus(bonus, 'de-escalation', 3, 'abusive language');
    addBonus(bonus, 'escalation-handoff', 3, 'abusive language');
    excluded.add('yes-if').add('compromise');
  } else {
    addBonus(bonus, 'boundary', -3);
  }

  if (isUpset(mood)) {
    const strength = mood === 'angry' ? 2 : 1.5;
    addBonus(bonus, 'empathy', strength, `mood: ${mood}`);
    addBonus(bonus, 'apology', strength, `mood: ${mood}`);
    if (mood === 'angry') addBonus(bonus, 'de-escalation', 1, 'mood: angry');
  } else if (!abusive) {
    // A calm customer wants the answer, not consolation: one light acknowledgement at most.
    addBonus(bonus, 'empathy', -2);
    for (const category of CATEGORIES) if (CATEGORY_STAGE[category] === 'address') addBonus(bonus, category, 0.5);
    excluded.add('de-escalation');
    stageCaps.set('acknowledge', 1);
  }

  // The situation's own answer leads the middle of the reply (a new date for a late delivery), ahead of generic moves.
  for (const [category, value] of ownKindBonuses(situationWeights(analysis))) addBonus(bonus, category, value);

  if (draft.has.apology) excluded.add('apology');
  if (draft.has.closing) excluded.add('closing');
  if (draft.has.empathy) {
    addBonus(bonus, 'empathy', -1.5);
    categoryCaps.set('empathy', 1);
  }

  return {
    mood,
    categoryBonus: bonus,
    excludedCategories: excluded,
    // Methods, not arrow properties: run through tsx, every named closure costs a defineProperty call when made.
    categoryCap(category) {
      return categoryCaps.get(category) ?? DEFAULT_CATEGORY_CAP;
    },
    stageCap(stage) {
      return stageCaps.get(stage) ?? DEFAULT_STAGE_CAP;
    },
    excludes(phrase) {
      return (mood === 'calm' && phrase.category === 'empathy' && phrase.length === 'long') || draft.contains(phrase);
    },
  };
}
