// How the customer's state and the agent's draft reshape a reply: which categories lead, which are off the table,
// and how many of each may be offered.
import { CATEGORIES, type Analysis, type Category, type Mood, type Phrase, type ReplyStage, type Situation } from '../types';
import { ownKindBonuses } from './address-kinds';
import type { BankIndex } from './bank-index';
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
  /**
   * `excludes` for phrase i of a bank index, read from the index's arrays where it can: the candidate loop asks it
   * of a hundred phrases a ticket, and reaching each phrase object costs more than the rule.
   */
  excludesAt(index: BankIndex, i: number): boolean;
  /** False when `excludes` is false for every phrase (a customer who is not calm, no draft): callers skip asking. */
  readonly excludesAny: boolean;
}

const EMPATHY = CATEGORIES.indexOf('empathy');

type CategoryBonus = Map<Category, { bonus: number; reason?: string }>;

/** Adds to a category's bonus; its first reason stays. */
function addBonus(bonus: CategoryBonus, category: Category, value: number, reason?: string): void {
  const current = bonus.get(category);
  bonus.set(category, { bonus: (current?.bonus ?? 0) + value, reason: current?.reason ?? reason });
}

export function replyPolicy(
  analysis: Analysis,
  draft: DraftReading,
  situations: ReadonlyMap<Situation, number> = situationWeights(analysis),
): ReplyPolicy {
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
  for (const [category, value] of ownKindBonuses(situations)) addBonus(bonus, category, value);

  if (draft.has.apology) excluded.add('apology');
  if (draft.has.closing) excluded.add('closing');
  if (draft.has.empathy) {
    addBonus(bonus, 'empathy', -1.5);
    categoryCaps.set('empathy', 1);
  }

  return new Policy(mood, bonus, excluded, categoryCaps, stageCaps, draft);
}

/**
 * A class, not an object literal with methods: a literal made per ticket gives every ticket its own method
 * functions, so the candidate loop's calls to `excludes` see a new target each time and cannot be inlined.
 */
class Policy implements ReplyPolicy {
  private readonly calm: boolean;
  readonly excludesAny: boolean;

  constructor(
    readonly mood: Mood,
    readonly categoryBonus: ReadonlyMap<Category, { bonus: number; reason?: string }>,
    readonly excludedCategories: ReadonlySet<Category>,
    private readonly categoryCaps: ReadonlyMap<Category, number>,
    private readonly stageCaps: ReadonlyMap<ReplyStage, number>,
    private readonly draft: DraftReading,
  ) {
    this.calm = mood === 'calm';
    this.excludesAny = this.calm || !draft.empty;
  }

  categoryCap(category: Category): number {
    return this.categoryCaps.get(category) ?? DEFAULT_CATEGORY_CAP;
  }

  stageCap(stage: ReplyStage): number {
    return this.stageCaps.get(stage) ?? DEFAULT_STAGE_CAP;
  }

  excludes(phrase: Phrase): boolean {
    // A calm customer wants the answer: a long consolation only delays it.
    return (this.calm && phrase.category === 'empathy' && phrase.length === 'long') || (!this.draft.empty && this.draft.contains(phrase));
  }

  excludesAt(index: BankIndex, i: number): boolean {
    const { category, long } = index.statics;
    return (this.calm && category[i] === EMPATHY && long[i] === 1) || (!this.draft.empty && this.draft.contains(index.phrases[i]!));
  }
}
