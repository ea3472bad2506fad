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

export function replyPolicy(analysis: Analysis, draft: DraftReading): ReplyPolicy {
  const mood = analysis.mood.mood;
  const abusive = analysis.abuse.abusive;
  const bonus = new Map<Category, { bonus: number; reason?: string }>();
  const excluded = new Set<Category>();
  const categoryCaps = new Map<Category, number>();
  const stageCaps = new Map<ReplyStage, number>();
  const add = (category: Category, value: number, reason?: string) => {
    const current = bonus.get(category);
    bonus.set(category, { bonus: (current?.bonus ?? 0) + value, reason: current?.reason ?? reason });
  };

  if (abusive) {
    // Boundaries first, then calm the exchange or hand it on; never bargain with abuse.
    add('boundary', 6, 'abusive language: set a boundary');
    add('de-escalation', 3, 'abusive language');
    add('escalation-handoff', 3, 'abusive language');
    excluded.add('yes-if').add('compromise');
  } else {
    add('boundary', -3);
  }

  if (isUpset(mood)) {
    const strength = mood === 'angry' ? 2 : 1.5;
    add('empathy', strength, `mood: ${mood}`);
    add('apology', strength, `mood: ${mood}`);
    if (mood === 'angry') add('de-escalation', 1, 'mood: angry');
  } else if (!abusive) {
    // A calm customer wants the answer, not consolation: one light acknowledgement at most.
    add('empathy', -2);
    for (const category of CATEGORIES) if (CATEGORY_STAGE[category] === 'address') add(category, 0.5);
    excluded.add('de-escalation');
    stageCaps.set('acknowledge', 1);
  }

  // The situation's own answer leads the middle of the reply (a new date for a late delivery), ahead of generic moves.
  for (const [category, value] of ownKindBonuses(situationWeights(analysis))) add(category, value);

  if (draft.has.apology) excluded.add('apology');
  if (draft.has.closing) excluded.add('closing');
  if (draft.has.empathy) {
    add('empathy', -1.5);
    categoryCaps.set('empathy', 1);
  }

  return {
    mood,
    categoryBonus: bonus,
    excludedCategories: excluded,
    categoryCap: (category) => categoryCaps.get(category) ?? DEFAULT_CATEGORY_CAP,
    stageCap: (stage) => stageCaps.get(stage) ?? DEFAULT_STAGE_CAP,
    excludes: (phrase) =>
      (mood === 'calm' && phrase.category === 'empathy' && phrase.length === 'long') || draft.contains(phrase),
  };
}
